import Foundation
import Lexicon

/// How the values an adapter reads are turned into what a post carries: folded text, numbers,
/// counts, id keys and ISO 8601 times. Byte-level and regex-free.
enum AdapterValue {
    /// `text` with runs of ASCII white space folded to one space and trimmed, each no-break space
    /// made a space, and the Unicode spaces (general category Zs, and U+200B) trimmed from both ends.
    static func folded(_ text: String) -> String {
        var text = text
        return text.withUTF8 { folded(bytes: $0) }
    }

    /// ``folded(_:)`` of the UTF-8 `bytes`.
    /// - Complexity: O(n) in the number of bytes.
    static func folded<Bytes: Collection<UInt8>>(bytes: Bytes) -> String {
        String(decoding: foldedBytes(bytes), as: UTF8.self)
    }

    /// ``folded(_:)`` of the UTF-8 `bytes`, as UTF-8, read in one pass over them.
    /// - Complexity: O(n) in the number of bytes.
    static func foldedBytes<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        var noBreakSpaces = 0
        var combines = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20) }
            space = false
            if byte == 0xA0, out.last == 0xC2 {
                noBreakSpaces += 1
            } else if byte >= 0xC0, out.count >= 2, isWhitespace(out[out.count - 2], out[out.count - 1]) {
                combines = true
            }
            out.append(byte)
        }
        if combines { return Array(foldedAsFoundationDoes(out).utf8) }
        if noBreakSpaces > 0 { out = spacingNoBreakSpaces(out) }
        var start = 0
        while let length = whitespaceLength(out, at: start) { start += length }
        var end = out.count
        while end > start, let length = whitespaceLength(out, before: end) { end -= length }
        out.removeLast(out.count - end)
        out.removeFirst(start)
        return out
    }

    /// `bytes` with each U+00A0 made a space.
    private static func spacingNoBreakSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count, isWhitespace(bytes[index], bytes[index + 1]) {
                out.append(0x20)
                index += 2
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// The end of ``folded(bytes:)`` for white-space-folded `bytes` where a no-break space stands
    /// before a character that may combine with it (any non-ASCII one): Foundation's search
    /// keeps such a pair whole rather than replacing the space, and this rare case is left to it.
    private static func foldedAsFoundationDoes(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{A0}", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// The length of the white space character (`CharacterSet.whitespaces`: tab, general category
    /// Zs, U+200B) starting at `index`, or `nil`.
    private static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x20 || bytes[index] == 0x09 { return 1 }
        if index + 1 < bytes.count, isWhitespace(bytes[index], bytes[index + 1]) { return 2 }
        if index + 2 < bytes.count, isWhitespace(bytes[index], bytes[index + 1], bytes[index + 2]) { return 3 }
        return nil
    }

    /// The length of the white space character that ends just before `end`, or `nil`.
    private static func whitespaceLength(_ bytes: [UInt8], before end: Int) -> Int? {
        guard end > 0 else { return nil }
        if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { return 1 }
        if end >= 2, isWhitespace(bytes[end - 2], bytes[end - 1]) { return 2 }
        if end >= 3, isWhitespace(bytes[end - 3], bytes[end - 2], bytes[end - 1]) { return 3 }
        return nil
    }

    /// U+00A0 in UTF-8.
    private static func isWhitespace(_ first: UInt8, _ second: UInt8) -> Bool { first == 0xC2 && second == 0xA0 }

    /// U+1680, U+2000–U+200B, U+202F, U+205F and U+3000 in UTF-8.
    private static func isWhitespace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second) {
        case (0xE1, 0x9A): third == 0x80
        case (0xE2, 0x80): third <= 0x8B || third == 0xAF
        case (0xE2, 0x81): third == 0x9F
        case (0xE3, 0x80): third == 0x80
        default: false
        }
    }

    /// The first whole number in `text` (`#12` → 12, `1,204 points` → 1204, `-3` → -3), or `nil`.
    /// A `-` is a sign only at the start or after a character that is not a letter or digit, so a
    /// class name's suffix is a plain number (`comment-depth-4` → 4, Dreamwidth's depth).
    static func firstNumber(_ text: String) -> Int? {
        firstNumberRange(Array(text.utf8)).map(\.value)
    }

    /// The first number of `bytes` and where it is; thousands separators (`,` between digits) allowed.
    static func firstNumberRange(_ bytes: [UInt8]) -> (value: Int, range: Range<Int>)? {
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var start = index
            if start > 0, bytes[start - 1] == UInt8(ascii: "-"), start == 1 || !isAlphanumeric(bytes[start - 2]) {
                start -= 1
            }
            var value = 0
            var end = index
            while end < bytes.count {
                if isDigit(bytes[end]) {
                    value = value &* 10 &+ Int(bytes[end] - 0x30)
                    end += 1
                } else if bytes[end] == UInt8(ascii: ","), end + 1 < bytes.count, isDigit(bytes[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            return (start < index ? -value : value, start..<end)
        }
        return nil
    }

    /// A reaction's name and count from one text: `3 Likes` → (`Likes`, 3), `Like 3` → (`Like`, 3),
    /// `Like` → (`Like`, nil).
    static func nameAndCount(_ text: String) -> (name: String, count: Int?) {
        let bytes = Array(text.utf8)
        guard let number = firstNumberRange(bytes) else { return (text, nil) }
        let rest = Array(bytes[..<number.range.lowerBound]) + Array(bytes[number.range.upperBound...])
        return (folded(String(decoding: rest, as: UTF8.self)), max(0, number.value))
    }

    /// How many a count element says: a number (`12`, `1,204`), or a list of names
    /// (`alice, bob and 3 others` is 5).
    static func count(_ text: String) -> Int {
        let lower = text.lowercased()
        if lower.contains(",") && !lower.contains(where: \.isNumber) || lower.contains(" and ")
            || lower.contains("other")
        {
            return NameList.count(text)
        }
        return firstNumber(text).map { max(0, $0) } ?? NameList.count(text)
    }

    /// The key two ids are compared by: the last run of digits (`post-1001`, `js-post-1001` and
    /// `post: 1001` all give `1001`), else the whole id lowercased.
    static func idKey(_ id: String) -> String {
        let bytes = Array(id.utf8)
        var end = bytes.count
        while end > 0, !isDigit(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return id.lowercased() }
        var start = end
        while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// An ISO 8601 time from an attribute's value or a shown time: a value starting `YYYY-MM-DD`
    /// (its first word, so HN's `2024-01-01T10:00:00 1704103200` gives the ISO part), joined with
    /// the clock time that follows it as a word of its own (Stack Exchange's `2024-01-12
    /// 08:05:33Z`, FluxBB's `2024-05-11 21:04:17`, LiveJournal's `2024-05-10 09:12 pm (UTC)`), or a
    /// Unix time in seconds (XenForo's `data-time`) or milliseconds (Discourse's), written as UTC;
    /// `nil` for anything else.
    static func isoTime(_ value: String) -> String? {
        let words = folded(value).split(separator: " ")
        if let iso = TimeRecognizer.isoDate(words) { return iso }
        let word = words.first.map(String.init) ?? ""
        let bytes = Array(word.utf8)
        if bytes.count >= 9, bytes.count <= 13, bytes.allSatisfy(isDigit), var seconds = Double(word) {
            if bytes.count > 11 { seconds /= 1000 }
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// An ASCII letter or digit.
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}
