extension TokenizedText {
    /// The longest hashtag split into words, in letters; longer ones stay one word.
    static let longestSplitHashtag = 40

    /// Replaces each hashtag that no lexicon entry matches as one word, exactly or by a prefix
    /// (`#SendThemBack`, `#buildthewall`; not `#wetbacks`, which `wetback*` matches),
    /// by the words it runs together, so that multi-word terms match across them: at its CamelCase
    /// and letter–digit boundaries when it has any, else, for a hashtag in one case, by the fewest
    /// lexicon words of three or more letters that spell it exactly (no split when none does). The
    /// words keep their byte ranges inside the hashtag; the first one starts at the `#`.
    /// - Complexity: O(n) in the number of tokens; each hashtag costs O(k³) in its length k, bounded
    ///   by `longestSplitHashtag`.
    mutating func splitHashtags(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary) {
        var split: [Token]?
        for (index, token) in tokens.enumerated() {
            // Most tokens are no hashtag: turned away here, before the look-up that builds the parts.
            let mayBeHashtag =
                token.kind == .word && bytes[Int(token.start)] == ASCII.hash && token.candidatesCount == 0
            guard mayBeHashtag, case let parts = hashtagParts(token, bytes, vocabulary: vocabulary), parts.count > 1
            else {
                split?.append(token)
                continue
            }
            if split == nil { split = Array(tokens[..<index]) }
            for (offset, part) in parts.enumerated() {
                let first = candidates.count
                var form = [UInt8](repeating: 0, count: part.count)
                for (at, byte) in bytes[part].enumerated() { form[at] = ASCII.lowercased(byte) }
                form.withUnsafeBufferPointer { vocabulary.lookUp($0, into: &candidates, from: first) }
                var flags: Token.Flags = [.hasLetter]
                if ASCII.isUpper(bytes[part.lowerBound]) { flags.insert(.capitalized) }
                if part.count >= 2, bytes[part].allSatisfy({ !ASCII.isLower($0) }) { flags.insert(.allCaps) }
                split?.append(
                    Token(
                        start: offset == 0 ? token.start : Int32(part.lowerBound), end: Int32(part.upperBound),
                        kind: .word, flags: flags, byte: 0, candidatesStart: Int32(first),
                        candidatesCount: Int32(candidates.count - first)))
            }
        }
        if let split { tokens = split }
    }

    /// The byte ranges of the words `token` runs together, or `[]` when it is not a hashtag to split.
    private func hashtagParts(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary)
        -> [Range<Int>]
    {
        let start = Int(token.start) + 1
        let end = Int(token.end)
        guard token.kind == .word, bytes[Int(token.start)] == ASCII.hash, end - start >= 4,
            end - start <= Self.longestSplitHashtag,
            bytes[start..<end].allSatisfy(ASCII.isAlphanumeric),
            token.candidatesCount == 0
        else { return [] }
        func isBoundary(_ index: Int) -> Bool {
            let previous = bytes[index - 1]
            let byte = bytes[index]
            let next = index + 1 < end ? bytes[index + 1] : 0
            return (ASCII.isLower(previous) && ASCII.isUpper(byte))
                || (ASCII.isUpper(previous) && ASCII.isUpper(byte) && ASCII.isLower(next))
                || (ASCII.isDigit(previous) != ASCII.isDigit(byte))
        }
        // A hashtag in one case (the most) has no boundary: no parts are built for it.
        guard (start + 1..<end).contains(where: isBoundary) else {
            return Self.spelledByWords(bytes, start..<end, vocabulary: vocabulary)
        }
        var parts: [Range<Int>] = []
        var partStart = start
        for index in start + 1..<end where isBoundary(index) {
            parts.append(partStart..<index)
            partStart = index
        }
        parts.append(partStart..<end)
        return parts
    }

    /// The fewest lexicon words of three or more letters that spell `range` exactly, as byte ranges;
    /// `[]` when none do. Of equally few, the one with the longest last word wins, deterministically.
    private static func spelledByWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, vocabulary: Vocabulary)
        -> [Range<Int>]
    {
        let count = range.count
        // On the stack: a hashtag split has at most `longestSplitHashtag` letters, and most find no words.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { letters in
            for offset in 0..<count { letters[offset] = ASCII.lowercased(bytes[range.lowerBound + offset]) }
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (count + 1)) { table in
                // The fewest words that spell the first `end` letters, then where the last of them starts.
                let fewest = UnsafeMutableBufferPointer(rebasing: table[..<(count + 1)])
                let cut = UnsafeMutableBufferPointer(rebasing: table[(count + 1)...])
                fewest.initialize(repeating: Int.max)
                cut.initialize(repeating: -1)
                fewest[0] = 0
                for end in 3...count {
                    for start in 0...(end - 3) where fewest[start] != Int.max && fewest[start] + 1 < fewest[end] {
                        if vocabulary.exactID(of: UnsafeBufferPointer(rebasing: letters[start..<end])) != nil {
                            fewest[end] = fewest[start] + 1
                            cut[end] = start
                        }
                    }
                }
                guard fewest[count] != Int.max, fewest[count] > 1 else { return [] }
                var parts: [Range<Int>] = []
                var end = count
                while end > 0 {
                    let start = cut[end]
                    parts.append(range.lowerBound + start..<range.lowerBound + end)
                    end = start
                }
                return parts.reversed()
            }
        }
    }
}
