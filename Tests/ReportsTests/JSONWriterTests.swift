import Foundation
import TestSupport
import Testing

@testable import Reports

/// The streaming JSON writer against slow, obviously right references.
@Suite struct JSONWriterTests {
    /// A string literal escaped one Unicode scalar at a time.
    static func referenceLiteral(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Random strings mixing what needs escaping (controls, quotes, U+2028/9, near misses such as
    /// U+2027 and U+20AC that share the first byte) with plain ASCII and multibyte text.
    @Test func escapingMatchesTheReferenceOnRandomStrings() {
        let pieces: [String] = [
            "a", "word ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
            "\u{2027}", "€", "\u{2030}", "é", "😀", "</script>", "\r\n",
        ]
        var random = SplitMix64(seed: 2028)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            var writer = JSONWriter()
            writer.string(text)
            let actual = String(decoding: writer.bytes, as: UTF8.self)
            if actual != Self.referenceLiteral(text) {
                Issue.record("escaped \(text.debugDescription) as \(actual)")
                return
            }
        }
    }

    @Test func integersMatchTheirDecimalForm() {
        for value in [0, 7, -7, 10, 99, 100, -1_000_000, Int.max, Int.min]
            + Self.randomIntegers()
        {
            var writer = JSONWriter()
            writer.int(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
        }
    }

    static func randomIntegers() -> [Int] {
        var random = SplitMix64(seed: 11)
        return (0..<500).map { _ in
            Int.random(in: .min ... .max, using: &random) >> Int.random(in: 0...62, using: &random)
        }
    }

    /// The tree the events build, serialised, is the bytes the events write: compact and pretty.
    @Test func aReportStreamsTheBytesOfItsTree() throws {
        let report = try ReportFixture.report()
        for pretty in [false, true] {
            var writer = JSONWriter(pretty: pretty)
            ThreadReportJSON.write(report, into: &writer)
            #expect(
                String(decoding: writer.bytes, as: UTF8.self)
                    == ThreadReportJSON.value(report).serialized(pretty: pretty))
        }
    }

    @Test func separateDocumentsFollowEachOtherAndEmptyContainersStayClosed() {
        var writer = JSONWriter(pretty: true)
        writer.object { $0.member("a", value: .array([])) }
        writer.beginArray()
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\n  \"a\": []\n}[]")
    }
}
