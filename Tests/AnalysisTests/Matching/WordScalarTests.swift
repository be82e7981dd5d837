import Testing

@testable import Analysis

@Suite struct WordScalarTests {
    /// The blocks answered from tables, and their neighbours.
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x1FF0...0x20FF, 0x1F000...0x1FBFF]

    @Test func theTablesAgreeWithTheUnicodeProperties() {
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                let expected =
                    properties.isAlphabetic || properties.numericType != nil
                    || properties.generalCategory == .nonspacingMark
                #expect(WordScalar.isWordScalar(scalar) == expected, "U+\(String(value, radix: 16))")
                #expect(WordScalar.isUppercase(scalar) == properties.isUppercase, "U+\(String(value, radix: 16))")
            }
        }
    }
}
