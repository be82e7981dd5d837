/// Looking names up in the generated table.
extension HTMLNamedCharacterReferences {
    /// A name found in the table.
    struct Match: Equatable {
        /// How many bytes of the input the name takes (without the `&`, with the `;` if it has one).
        var length: Int
        /// The first code point the name stands for.
        var first: UInt32
        /// The second code point, or 0 when the name stands for one.
        var second: UInt32
        /// Whether the name ends with `;`.
        var endsWithSemicolon: Bool
    }

    /// The longest name in the table that is a prefix of `bytes[start...]`, as the spec's named
    /// character reference state consumes it ("the maximum number of characters possible").
    ///
    /// Names are letters and digits with an optional final `;`, so only the prefixes of the
    /// alphanumeric run after `start` (plus its `;`) can match; they are tried longest first.
    /// - Complexity: O(k log n) for a run of k ≤ 32 bytes and the n names.
    static func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Match? {
        var run = 0
        while run < longestName, start + run < bytes.count, HTMLByte.isAlphanumeric(bytes[start + run]) {
            run += 1
        }
        guard run > 0 else { return nil }
        if run < longestName, start + run < bytes.count, bytes[start + run] == HTMLByte.semicolon,
            let match = find(bytes, from: start, length: run + 1)
        {
            return match
        }
        var length = run
        while length > 0 {
            if let match = find(bytes, from: start, length: length) { return match }
            length -= 1
        }
        return nil
    }

    /// For each byte, the range of ``entries`` whose names start with it (empty for a byte that
    /// starts no name): the names are sorted, so those of one first byte are contiguous, and a
    /// look-up searches the few dozen of its first byte, not all 2,231.
    private static let entriesByFirstByte: [Range<Int>] = {
        var ranges = [Range<Int>](repeating: 0..<0, count: 256)
        let table = names.utf8Start
        for (index, entry) in entries.enumerated() {
            let first = Int(table[Int(entry & 0xFFFF)])
            ranges[first] = (ranges[first].isEmpty ? index : ranges[first].lowerBound)..<index + 1
        }
        return ranges
    }()

    /// The entry whose name is exactly `bytes[start..<start + length]`, by binary search among the
    /// names of its first byte.
    /// - Complexity: O(length · log n).
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Match? {
        let table = names.utf8Start
        let candidates = entriesByFirstByte[Int(bytes[start])]
        var low = candidates.lowerBound
        var high = candidates.upperBound
        while low < high {
            let middle = (low + high) / 2
            let entry = entries[middle]
            let offset = Int(entry & 0xFFFF)
            let nameLength = Int(entry >> 16 & 0x3F)
            var order = 0
            var index = 0
            while index < min(length, nameLength) {
                let candidate = bytes[start + index]
                let name = table[offset + index]
                if candidate != name {
                    order = candidate < name ? -1 : 1
                    break
                }
                index += 1
            }
            if order == 0 { order = length < nameLength ? -1 : length > nameLength ? 1 : 0 }
            if order == 0 {
                return Match(
                    length: length, first: UInt32(entry >> 22 & 0x1F_FFFF), second: UInt32(entry >> 43 & 0x1F_FFFF),
                    endsWithSemicolon: table[offset + nameLength - 1] == HTMLByte.semicolon)
            }
            if order < 0 { high = middle } else { low = middle + 1 }
        }
        return nil
    }
}
