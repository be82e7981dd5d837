import TestSupport
import Testing

@testable import Lexicon

/// `LexiconTerm(parsing:)` reads an ASCII term by its bytes; the reference reads characters and
/// the standard library's lower case, as every term was read before.
@Suite struct LexiconTermReferenceTests {
    static func reference(_ text: String) -> String {
        if text.isEmpty { return "empty" }
        if text != text.lowercased() { return "case" }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.contains(where: \.isEmpty) { return "spacing" }
        var last = words[words.count - 1]
        let isPrefix = last.hasSuffix("*")
        if isPrefix { last.removeLast() }
        if last.isEmpty || words.dropLast().contains(where: { $0.contains("*") }) || last.contains("*") {
            return "star"
        }
        return "\(Array(words.dropLast()) + [last]) \(isPrefix)"
    }

    static func parsed(_ text: String) -> String {
        do {
            let term = try LexiconTerm(parsing: text)
            return "\(term.words) \(term.isPrefix)"
        } catch {
            switch error {
            case .empty: return "empty"
            case .notLowercase: return "case"
            case .badSpacing: return "spacing"
            case .misplacedStar: return "star"
            }
        }
    }

    static let pieces = ["a", "Z", "idiot", " ", "*", "-", "'", "\r\n", "\t", "é", "É", "ß"]

    @Test(arguments: 0..<3)
    func bytesReadAsCharactersDo(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        for _ in 0..<2_000 {
            let text = random.text(of: Self.pieces, lengths: 0...5)
            #expect(Self.parsed(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
