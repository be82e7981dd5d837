/// The one @mention scanner, used by the reply tree (mention edges) and by the scanner (the
/// participants a post may address).
///
/// A post's text is cut into words: runs of ASCII letters and digits, non-ASCII bytes, `#`, `@`,
/// `_`, `.` and `-`, without trailing `.` and `-` (`@bo.` is `@bo`; `(@bo)` is `@bo`). A word
/// that starts with `@` and has more after it is a mention of what follows (`a@b.com` is not).
package enum MentionScanner {
    /// The words of `bytes` (see the type's documentation), as ranges, in order.
    /// - Complexity: O(n) in the number of bytes.
    package static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            var end = index
            while end > start, bytes[end - 1] == dot || bytes[end - 1] == hyphen { end -= 1 }
            if end > start { words.append(start..<end) }
        }
        return words
    }

    /// The name `word` mentions (without the `@`), or `nil` when it is no mention.
    package static func mention(_ word: UnsafeBufferPointer<UInt8>) -> String? {
        guard word.first == at, word.count > 1 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: word.dropFirst()), as: UTF8.self)
    }

    /// The names @mentioned in `text`, as written, in order: read from its UTF-8 in place.
    /// - Complexity: O(n) in the length of `text`.
    package static func names(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(at) else { return [] }
            return words(bytes).compactMap { mention(UnsafeBufferPointer(rebasing: bytes[$0])) }
        }
    }

    private static let at = UInt8(ascii: "@")
    private static let dot = UInt8(ascii: ".")
    private static let hyphen = UInt8(ascii: "-")

    /// A byte of a word: an ASCII letter or digit, a non-ASCII byte, `#`, `@`, `_`, `.`, `-`. The
    /// ASCII ones are bits of two words (`#`, `-`, `.` and the digits below 64; `@`, the letters and
    /// `_` above), so that a byte is tested with one shift.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        let word: UInt64 = byte < 64 ? 0x03FF_6008_0000_0000 : 0x07FF_FFFE_87FF_FFFF
        return (word >> UInt64(byte & 63)) & 1 == 1
    }
}
