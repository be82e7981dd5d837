/// Finds a thread's main targets — the names its title and opening post keep coming back to —
/// for target stance.
public enum MainTargets {
    /// The capitalised names (single words or runs such as `Vladimir Putin`) most frequent in
    /// `title` and `openingPost`, most frequent first.
    ///
    /// A name in the title counts three times. A capitalised word that opens a sentence counts only
    /// when the same word is also capitalised elsewhere, alone or ending a longer name. A one-word name that begins another
    /// one-word name of four or more letters absorbs it (`Russia` takes `Russian`, `Russia's`);
    /// a multi-word name absorbs its last word alone (`Putin`). Names mentioned fewer than twice are dropped.
    /// - Complexity: O(n + m²) in the length of the text n and the number of distinct names m.
    public static func find(title: String, openingPost: String, limit: Int = 5) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var openers: [String: Int] = [:]
        var inside = Set<String>()
        for (text, weight) in [(title, 3), (openingPost, 1)] {
            for (name, opensSentence) in names(in: text) {
                if counts[name] == nil, openers[name] == nil { order.append(name) }
                if opensSentence, !name.contains(" ") {
                    openers[name, default: 0] += weight
                } else {
                    inside.insert(name)
                    counts[name, default: 0] += weight
                }
            }
        }
        for (name, count) in openers
        where inside.contains(name) || counts.keys.contains(where: { $0.hasSuffix(" " + name) }) {
            counts[name, default: 0] += count
        }
        let single = counts.keys.filter { !$0.contains(" ") }
        for name in single {
            if let owner = counts.keys.first(where: { $0 != name && $0.contains(" ") && $0.hasSuffix(" " + name) }),
                let count = counts.removeValue(forKey: name)
            {
                counts[owner, default: 0] += count
            } else if let stem = single.filter({ $0 != name && $0.count >= 4 && name.hasPrefix($0) }).min(by: {
                $0.count < $1.count
            }),
                counts[stem] != nil, let count = counts.removeValue(forKey: name)
            {
                counts[stem, default: 0] += count
            }
        }
        return order.filter { (counts[$0] ?? 0) >= 2 }
            .sorted {
                counts[$0]! != counts[$1]!
                    ? counts[$0]! > counts[$1]! : order.firstIndex(of: $0)! < order.firstIndex(of: $1)!
            }
            .prefix(limit).map { $0 }
    }

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
