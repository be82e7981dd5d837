/// Finds a name (`Iran`, `Vladimir Putin`, `spider_fan`) among a text's tokens, ignoring case;
/// a multi-word name is also found by its last word alone (`Putin`) and, when `everyWord` is set,
/// by any other word it writes capitalised with three or more letters (`Vladimir`, but not the `of`
/// of `Legalization of Abortion`).
struct NameFinder {
    /// The name's words in base form.
    let words: [[UInt8]]
    /// The words that find a multi-word name alone: the last, and with `everyWord` the capitalised ones.
    let singleWords: [[UInt8]]
    /// Whether a word found alone may carry an ending (`Iran` → Iranian, Iran's); only for words of 4+ bytes.
    let allowSuffix: Bool
    /// The first bytes of `words[0]` and of `singleWords`, a bit each: a token that starts with
    /// none of them (lowercased) is passed over at once, with no word compared.
    private var firstBytes = SIMD4<UInt64>(repeating: 0)

    /// Prepares to find `name`.
    init(name: String, allowSuffix: Bool, everyWord: Bool = false) {
        words = LexiconIndex.baseForms(of: name).filter { !$0.isEmpty }
        self.allowSuffix = allowSuffix
        var single = words.last.map { [$0] } ?? []
        if everyWord, words.count > 1 {
            var name = name
            let capitalised = name.withUTF8 { bytes in
                TokenizedText(bytes, vocabulary: .empty).tokens.filter {
                    $0.kind == .word && $0.flags.contains(.capitalized) && $0.end - $0.start >= 3
                }.map {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[Int($0.start)..<Int($0.end)]), as: UTF8.self)
                }
            }
            for form in capitalised.flatMap(LexiconIndex.baseForms(of:)) where !single.contains(form) {
                single.append(form)
            }
        }
        singleWords = single
        for word in (words.first.map { [$0] } ?? []) + (words.count > 1 ? single : []) {
            if let byte = word.first { firstBytes[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
        }
    }

    /// The token ranges where the name occurs.
    func occurrences(in text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard !words.isEmpty else { return [] }
        var found: [Range<Int>] = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let start = Int(token.start) + (token.flags.contains(.mention) ? 1 : 0)
            let first = ASCII.lowercased(bytes[start])
            if token.kind != .word || firstBytes[Int(first >> 6)] & 1 << UInt64(first & 63) == 0 {
                index += 1
            } else if index + words.count <= tokens.count,
                words.indices.allSatisfy({
                    matches(tokens[index + $0], words[$0], isLast: $0 == words.count - 1, bytes: bytes)
                })
            {
                found.append(index..<index + words.count)
                index += words.count
            } else if words.count > 1,
                singleWords.contains(where: { matches(tokens[index], $0, isLast: true, bytes: bytes) })
            {
                found.append(index..<index + 1)
                index += 1
            } else {
                index += 1
            }
        }
        return found
    }

    private func matches(_ token: Token, _ word: [UInt8], isLast: Bool, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        let start = Int(token.start) + (token.flags.contains(.mention) ? 1 : 0)
        let length = Int(token.end) - start
        let prefixOnly = isLast && allowSuffix && word.count >= 4
        guard length == word.count || (prefixOnly && length > word.count) else { return false }
        for offset in 0..<word.count where ASCII.lowercased(bytes[start + offset]) != word[offset] {
            return false
        }
        return true
    }
}
