import Foundation
import Lexicon
import TestSupport
import Testing

@testable import Analysis

/// The trie matcher against an obviously-right reference on random texts: for every start token,
/// try every entry word by word on the token's normalised forms, take the longest (then the most
/// specific last word: exact, else the longer prefix), and skip past it.
@Suite struct TermTriePropertyTests {
    static let words = [
        "idiot", "idiots", "idiotic", "you", "total", "moron", "so", "stupid", "not", "a", "bit", "silly", "the",
        "plan", "is", "we", "go", "goes", "gone", "i", "will", "kill",
    ]
    static let terms = [
        "idiot*", "idiots", "you idiot*", "total moron", "so stupid", "stupid", "a bit silly", "a bit", "go*",
        "gone", "i will kill you", "will", "the plan is stupid", "is", "idioti*", "i*",
    ]

    @Test(arguments: 0..<40)
    func trieAgreesWithTheReference(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let entries = try Self.terms.map { try LexiconTerm(parsing: $0) }
        var vocabulary = Vocabulary()
        let ids = entries.map { LexiconIndex.ids(of: $0, in: &vocabulary) }
        let trie = TermTrie(terms: ids, vocabulary: vocabulary)
        for _ in 0..<50 {
            let text = (0..<Int(random.next() % 14)).map { _ in
                var word = Self.words[Int(random.next() % UInt64(Self.words.count))]
                switch random.next() % 8 {
                case 0: word = word.uppercased()
                case 1: word = word.replacingOccurrences(of: "o", with: "0")
                case 2: word += random.next() % 2 == 0 ? "," : "!"
                default: break
                }
                return word
            }.joined(separator: " ")
            let tokenized = text.withUTF8Copy { TokenizedText($0, vocabulary: vocabulary) }
            let fast = trie.matches(in: tokenized)
            let slow = Self.reference(text: text, entries: entries, vocabulary: vocabulary)
            #expect(fast == slow, "text: \(text)")
        }
    }

    /// The matches found the slow way, on the token forms computed independently.
    /// Tokens are cut as the matcher cuts them (spaced letters that spell a word are one token), but
    /// their forms are compared as strings.
    static func reference(text: String, entries: [LexiconTerm], vocabulary: Vocabulary) -> [TermMatch] {
        let forms = text.withUTF8Copy { bytes -> [[String]] in
            TokenizedText(bytes, vocabulary: vocabulary).tokens.map { token in
                if token.flags.contains(.spacedLetters) {
                    let letters = bytes[Int(token.start)..<Int(token.end)].filter { $0 != 0x20 }
                    return [String(decoding: letters, as: UTF8.self).lowercased()]
                }
                var normalizer = TokenNormalizer()
                var out: [String] = []
                normalizer.forEachForm(of: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])) {
                    form, _ in
                    out.append(String(decoding: form, as: UTF8.self))
                }
                return out
            }
        }
        func matches(_ term: LexiconTerm, at start: Int) -> (end: Int, specificity: Int)? {
            guard start + term.words.count <= forms.count else { return nil }
            for (offset, word) in term.words.enumerated() {
                let isLast = offset == term.words.count - 1
                let ok = forms[start + offset].contains { isLast && term.isPrefix ? $0.hasPrefix(word) : $0 == word }
                if !ok { return nil }
            }
            return (start + term.words.count, term.isPrefix ? term.words.last!.utf8.count : Int.max)
        }
        var found: [TermMatch] = []
        var index = 0
        while index < forms.count {
            var best: (entry: Int, end: Int, specificity: Int)?
            for (entry, term) in entries.enumerated() {
                guard let (end, specificity) = matches(term, at: index) else { continue }
                if best == nil || end > best!.end || (end == best!.end && specificity > best!.specificity) {
                    best = (entry, end, specificity)
                }
            }
            if let best {
                found.append(TermMatch(entry: best.entry, first: index, end: best.end))
                index = best.end
            } else {
                index += 1
            }
        }
        return found
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes.
    func withUTF8Copy<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var copy = self
        return copy.withUTF8(body)
    }
}
