/// Finds a thread's main targets — the names its title and opening post keep coming back to —
/// for target stance.
package enum MainTargets {
    /// The capitalised names (single words or runs such as `Vladimir Putin`) most frequent in
    /// `title` and `openingPost`, most frequent first; ties in the order the names first appear.
    ///
    /// A name in the title counts three times. A capitalised word that opens a sentence counts only
    /// when the same word is also capitalised elsewhere, alone or ending a longer name. A one-word
    /// name is absorbed by the first multi-word name that ends with it (`Putin` by `Vladimir Putin`),
    /// or else by the shortest other one-word name of four or more letters that begins it (`Russia`
    /// takes `Russian`, `Russia's`); an absorbed name passes its count on to where its absorber
    /// goes. Names mentioned fewer than twice are dropped.
    /// - Complexity: O(n) in the length of the text: every name is looked up by hash, and a stem is
    ///   sought among the name's first `maximumStemLength` characters only.
    package static func find(title: String, openingPost: String, limit: Int = 5) -> [String] {
        var tally = NameTally()
        for (text, weight) in [(title, 3), (openingPost, 1)] {
            for (name, opensSentence) in names(in: text) {
                tally.add(name, weight: weight, opensSentence: opensSentence && !name.utf8.contains(0x20))
            }
        }
        return tally.ranked(limit: limit)
    }

    /// The longest one-word name that can absorb a longer one as its stem, in characters.
    static let maximumStemLength = 24

    /// The runs of capitalised words in `text`, each with whether it opens a sentence.
    static func names(in text: String) -> [(String, Bool)] {
        var text = text
        return text.withUTF8 { bytes in
            let tokenized = TokenizedText(bytes, vocabulary: .empty)
            let layout = TextLayout(tokenized, bytes: bytes)
            let tokens = tokenized.tokens
            var found: [(String, Bool)] = []
            var index = 0
            func isName(_ token: Token) -> Bool {
                token.kind == .word && token.flags.contains(.capitalized) && token.end - token.start >= 2
            }
            while index < tokens.count {
                guard isName(tokens[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < tokens.count, isName(tokens[end]), layout.clause[end] == layout.clause[index] { end += 1 }
                let opens = index == 0 || layout.sentence[index - 1] != layout.sentence[index]
                let words = tokens[index..<end].map { token in
                    var word = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self
                    )
                    if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word.removeLast(2) }
                    return word
                }
                found.append((words.joined(separator: " "), opens))
                index = end
            }
            return found
        }
    }
}
