import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Appends the bytes of `range`, lowercased as `String.lowercased()` does it, to `out`; a word
    /// with non-ASCII bytes also in NFC, so that two words have the same bytes exactly when their
    /// lowercased `String`s are equal. Byte by byte for ASCII and for the characters that
    /// `appendStableLowercased(_:to:)` knows; through `String` only otherwise.
    /// - Complexity: O(n) in the length of the range.
    func appendComparableLowercased(_ range: Range<Int>, to out: inout [UInt8]) {
        let word = UnsafeBufferPointer(rebasing: self[range])
        if word.contains(where: { $0 >= 0x80 }) {
            let start = out.count
            if Self.appendStableLowercased(word, to: &out) { return }
            out.removeSubrange(start...)
            let lowercased = String(decoding: word, as: UTF8.self).lowercased()
            out.append(contentsOf: lowercased.precomposedStringWithCanonicalMapping.utf8)
        } else {
            for byte in word { out.append(ASCII.lowercased(byte)) }
        }
    }

    /// Appends `word` lowercased, byte by byte, when every character of it is ASCII or one that
    /// lowercasing maps to one character and NFC leaves as it is, whatever stands beside it (none
    /// is a combining mark, none composes with another): Latin-1 (U+00A0–U+00FF, `À`–`Þ` but `×`
    /// lowercased), general punctuation but the two quads (U+2002–U+206F), currency signs
    /// (U+20A0–U+20CF), arrows (U+2190–U+21FF) and the pictographs and emoji (U+1F300–U+1FAFF).
    /// Returns false, having appended part of it, at any other character or a malformed byte.
    /// - Complexity: O(n) in the length of the word.
    static func appendStableLowercased(_ word: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        func continues(_ offset: Int) -> Bool { offset < word.count && word[offset] & 0xC0 == 0x80 }
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                out.append(ASCII.lowercased(byte))
                index += 1
            } else if byte == 0xC2 || byte == 0xC3, continues(index + 1) {
                let next = word[index + 1]
                // U+0080–U+009F are controls.
                guard byte == 0xC3 || next >= 0xA0 else { return false }
                out.append(byte)
                out.append(byte == 0xC3 ? ASCII.lowercasedLatin1(next) : next)
                index += 2
            } else if byte == 0xE2, continues(index + 1), continues(index + 2) {
                let scalar = 0x2000 | UInt32(word[index + 1] & 0x3F) << 6 | UInt32(word[index + 2] & 0x3F)
                guard
                    (0x2002...0x206F).contains(scalar) || (0x20A0...0x20CF).contains(scalar)
                        || (0x2190...0x21FF).contains(scalar)
                else { return false }
                out.append(contentsOf: word[index..<index + 3])
                index += 3
            } else if byte == 0xF0, continues(index + 1), continues(index + 2), continues(index + 3) {
                let scalar =
                    UInt32(word[index + 1] & 0x3F) << 12 | UInt32(word[index + 2] & 0x3F) << 6
                    | UInt32(word[index + 3] & 0x3F)
                guard (0x1F300...0x1FAFF).contains(scalar) else { return false }
                out.append(contentsOf: word[index..<index + 4])
                index += 4
            } else {
                return false
            }
        }
        return true
    }
}
