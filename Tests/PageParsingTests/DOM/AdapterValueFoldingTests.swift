import Foundation
import TestSupport
import Testing

@testable import PageParsing

/// The byte-level folding of adapter values against the obvious reference, Foundation's own
/// replacing and trimming, on random texts made of the characters where the two could part: ASCII
/// and Unicode white space, no-break spaces, combining marks, line separators, letters and emoji.
@Suite struct AdapterValueFoldingTests {
    static let pieces = [
        "a", "Z", "é", "ß", "🙂", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{A0}", "\u{A0}\u{A0}",
        "\u{301}", "\u{200B}", "\u{2009}", "\u{3000}", "\u{1680}", "\u{202F}", "\u{205F}", "\u{2028}", "\u{2029}",
        "\u{85}", "\u{FEFF}", "x\u{A0}y", "-",
    ]

    static func randomText(_ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// What `folded` did before it read bytes: ASCII white space folded, then Foundation.
    static func reference(_ text: String) -> String {
        var out: [UInt8] = []
        var space = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20) }
            space = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self).replacingOccurrences(of: "\u{A0}", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    @Test func foldingMatchesFoundationOnRandomTexts() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            #expect(AdapterValue.folded(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
            #expect(AdapterValue.foldedBytes(Array(text.utf8)) == Array(Self.reference(text).utf8))
        }
    }

    @Test func foldedLinesMatchSplittingByCharacters() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            let expected = text.split(whereSeparator: \.isNewline).map { Array(Self.reference(String($0)).utf8) }
                .filter { !$0.isEmpty }
            #expect(QuoteAttribution.foldedLines(text) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test(arguments: [
        ("  a \u{A0} b  ", "a   b"), ("\u{A0}x\u{A0}", "x"), ("\u{3000}word\u{2009}", "word"),
        ("\u{A0}\u{301}x", "\u{301}x"), ("a\n\tb", "a b"),
    ])
    func foldsExamples(text: String, folded: String) {
        #expect(AdapterValue.folded(text) == folded)
    }
}

/// Unix times written as ISO 8601 on bytes against `ISO8601DateFormatter`, the obvious reference.
@Suite struct AdapterValueUnixTimeTests {
    @Test func unixTimesMatchTheFoundationFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var random = SplitMix64(seed: 13)
        let edges = [100_000_000, 951_782_400, 951_868_799, 4_107_542_399, 99_999_999_999, 1_706_950_800]
        let samples = edges + (0..<5000).map { _ in Int.random(in: 100_000_000...99_999_999_999, using: &random) }
        for seconds in samples {
            #expect(
                AdapterValue.utcTime(unixSeconds: seconds)
                    == formatter.string(from: Date(timeIntervalSince1970: Double(seconds))))
        }
    }

    @Test(arguments: [
        ("1706950800000", "2024-02-03T09:00:00Z"), ("1706950800999", "2024-02-03T09:00:00Z"),
        ("1706950800", "2024-02-03T09:00:00Z"), ("2024-01-01T10:00:00 1704103200", "2024-01-01T10:00:00"),
    ])
    func readsUnixSecondsAndMilliseconds(value: String, iso: String) {
        #expect(AdapterValue.isoTime(value)?.hasPrefix(iso) == true)
    }
}

/// Trimming on bytes against Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`.
@Suite struct AdapterValueTrimmingTests {
    @Test func trimmingMatchesFoundationOnRandomTexts() {
        var random = SplitMix64(seed: 14)
        for _ in 0..<20_000 {
            let text = AdapterValueFoldingTests.randomText(&random)
            #expect(AdapterValue.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
