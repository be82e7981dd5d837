import PageParsing
import Testing
import ThreadModel

@Suite struct TextDecoderTests {
    @Test func utf8WithAndWithoutBOM() {
        let plain = TextDecoder.decode(Array("Posted\ncafé".utf8))
        #expect(plain.text == "Posted\ncafé")
        #expect(plain.encoding == "utf-8")
        #expect(plain.warnings.isEmpty)
        let withBOM = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("café".utf8))
        #expect(withBOM.text == "café")
        #expect(withBOM.warnings.isEmpty)
    }

    @Test func utf16WithBOM() {
        let text = "Posted\r\nnaïve ☕"
        let little: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] =
            [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(TextDecoder.decode(little).text == text)
        #expect(TextDecoder.decode(little).encoding == "utf-16le")
        #expect(TextDecoder.decode(big).text == text)
        #expect(TextDecoder.decode(big).encoding == "utf-16be")
    }

    @Test func windows1252WhenNotUTF8() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" \u{0}".utf8.dropLast()) + [0x93, 0x71, 0x94, 0x80]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text == "café \u{201C}q\u{201D}€")
        #expect(decoded.warnings.first?.byteOffset == 3)
    }

    @Test func mostlyUTF8KeepsUTF8AndReportsTheBadByte() {
        let bytes: [UInt8] = Array("naïve café ".utf8) + [0xFF] + Array(" déjà".utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text == "naïve café \u{FFFD} déjà")
        #expect(decoded.warnings.map(\.byteOffset) == [13])
    }

    @Test func nulBytesAreReplacedAndReported() {
        let decoded = TextDecoder.decode(Array("a\u{0}b".utf8))
        #expect(decoded.text == "a\u{FFFD}b")
        #expect(decoded.warnings.map(\.byteOffset) == [1])
    }

    @Test func manyBadBytesAreSummarised() {
        let bytes = Array(repeating: Array("éé".utf8) + [0xFF], count: 50).flatMap { $0 }
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.warnings.count == TextDecoder.maxReportedOffsets + 1)
        #expect(decoded.warnings.last?.message.hasPrefix("40 more") == true)
    }

    @Test func unpairedSurrogateInUTF16() {
        let decoded = TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
        #expect(decoded.text == "A\u{FFFD}B")
        #expect(decoded.warnings.first?.byteOffset == 4)
    }
}
