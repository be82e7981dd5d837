/// Finds a name (`Iran`, `Vladimir Putin`, `spider_fan`) among a text's tokens, ignoring case;
/// a multi-word name is also found by its last word alone (`Putin`) and, when `everyWord` is set,
/// by any other word it writes capitalised with three or more letters (`Vladimir`, but not the `of`
/// of `Legalization of Abortion`).
struct NameFinder {
    /// The name's words in base form, then the words that find a multi-word name alone (the last,
    /// and with `everyWord` the capitalised ones), one after another.
    private let wordBytes: [UInt8]
    /// Where each of the name's words is in `wordBytes`.
    private let words: [Range<Int>]
    /// Where each word that finds the name alone is in `wordBytes`.
    private let singleWords: [Range<Int>]
    /// Whether a word found alone may carry an ending (`Iran` → Iranian, Iran's); only for words of 4+ bytes.
    let allowSuffix: Bool

    /// Prepares to find `name`.
    init(name: String, allowSuffix: Bool, everyWord: Bool = false) {
        let words = LexiconIndex.baseForms(of: name).filter { !$0.isEmpty }
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
        var bytes: [UInt8] = []
        func place(_ word: [UInt8]) -> Range<Int> {
            bytes += word
            return bytes.count - word.count..<bytes.count
        }
        self.words = words.map(place)
        singleWords = single.map(place)
        wordBytes = bytes
    }

    /// The token ranges where the name occurs, left to right without overlaps: only the tokens
    /// `initials` groups under the first byte of the name's first word (or of a word that finds
    /// it alone) are compared, byte by byte in place, and only when their length allows it.
    /// - Complexity: O(c) in the number of tokens that start like one of the name's words.
    func occurrences(in text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>, initials: TokenInitials) -> [Range<Int>]
    {
        guard let head = words.first else { return [] }
        var heads = [wordBytes[head.lowerBound]]
        if words.count > 1 {
            for word in singleWords where !heads.contains(wordBytes[word.lowerBound]) {
                heads.append(wordBytes[word.lowerBound])
            }
        }
        var candidates = Array(initials.tokens(startingWith: heads[0]))
        if heads.count > 1 {
            for byte in heads.dropFirst() { candidates += initials.tokens(startingWith: byte) }
            candidates.sort()
        }
        var found: [Range<Int>] = []
        text.tokens.withUnsafeBufferPointer { tokens in
            wordBytes.withUnsafeBufferPointer { wordBytes in
                words.withUnsafeBufferPointer { words in
                    singleWords.withUnsafeBufferPointer { singleWords in
                        let reader = Reader(
                            tokens: tokens, bytes: bytes, wordBytes: wordBytes, allowSuffix: allowSuffix)
                        var next = 0
                        for candidate in candidates where Int(candidate) >= next {
                            let index = Int(candidate)
                            if index + words.count <= tokens.count, reader.spells(words, at: index) {
                                found.append(index..<index + words.count)
                                next = index + words.count
                            } else if words.count > 1, singleWords.contains(where: { reader.matches(index, $0, isLast: true) }) {
                                found.append(index..<index + 1)
                                next = index + 1
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    /// The tokens and the words, read in place.
    private struct Reader {
        var tokens: UnsafeBufferPointer<Token>
        var bytes: UnsafeBufferPointer<UInt8>
        var wordBytes: UnsafeBufferPointer<UInt8>
        var allowSuffix: Bool

        /// Whether the tokens from `index` on spell `words`.
        func spells(_ words: UnsafeBufferPointer<Range<Int>>, at index: Int) -> Bool {
            for (offset, word) in words.enumerated()
            where !matches(index + offset, word, isLast: offset == words.count - 1) {
                return false
            }
            return true
        }

        /// Whether token `index` is the word at `word` in `wordBytes` (or, for a last word that
        /// may carry an ending, starts with it).
        func matches(_ index: Int, _ word: Range<Int>, isLast: Bool) -> Bool {
            let token = tokens[index]
            guard token.kind == .word else { return false }
            let start = Int(token.start) + (token.flags.contains(.mention) ? 1 : 0)
            let length = Int(token.end) - start
            let prefixOnly = isLast && allowSuffix && word.count >= 4
            guard length == word.count || (prefixOnly && length > word.count) else { return false }
            for offset in 0..<word.count where ASCII.lowercased(bytes[start + offset]) != wordBytes[word.lowerBound + offset] {
                return false
            }
            return true
        }
    }
}
