import TestSupport
import Testing

@testable import Reports

/// The byte path of CSV escaping against the character-by-character reference, on seeded random
/// fields mixing separators, quotes, every line break, formula starts and the marks that join a
/// comma or a quote into a larger character.
@Suite struct CSVFieldTests {
    static let pieces: [String] = [
        "a", "word ", ",", "\"", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{2027}",
        "=", "+", "-", "@", "\t", "\u{FF1D}", "\u{FF0B}", "\u{2212}", "\u{0301}", "\u{0600}", "\u{200D}", "é",
        "😀", "€",
    ]

    @Test func bytesMatchTheCharacterReference() {
        var random = SplitMix64(seed: 4180)
        for _ in 0..<5_000 {
            let field = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)!
            }.joined()
            let actual = CSVField.escape(field)
            if actual != CSVField.byCharacters(field) {
                Issue.record("escaped \(field.debugDescription) as \(actual.debugDescription)")
                return
            }
        }
    }
}
