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
        let kept = trimmedRange(out, newlines: false)
        out.removeLast(out.count - kept.upperBound)
        out.removeFirst(kept.lowerBound)
        return out
    }

    /// `text` without white space and newlines at either end, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` trims them, on bytes.
    static func trimmed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let kept = trimmedRange(bytes, newlines: true)
            return kept.count == bytes.count
                ? String(decoding: bytes, as: UTF8.self) : String(decoding: bytes[kept], as: UTF8.self)
        }
    }

    /// The part of the UTF-8 `bytes` between the white space (`CharacterSet.whitespaces`: tab,
    /// general category Zs, U+200B) at either end; with `newlines`, between the white space and
    /// newlines (`CharacterSet.newlines`: U+000A–U+000D, U+0085, U+2028, U+2029).
    private static func trimmedRange<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, newlines: Bool) -> Range<Int>
    where Bytes.Index == Int {
        var start = bytes.startIndex
        while let length = spaceLength(bytes, at: start, newlines: newlines) { start += length }
        var end = bytes.endIndex
        while end > start, let length = spaceLength(bytes, before: end, newlines: newlines) { end -= length }
        return start..<end
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

    /// The length of the white space character (and, with `newlines`, newline) starting at
    /// `index`, or `nil`.
    private static func spaceLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at index: Int, newlines: Bool
    ) -> Int? where Bytes.Index == Int {
        guard index < bytes.endIndex else { return nil }
        if isSpace(bytes[index], newlines: newlines) { return 1 }
        if index + 1 < bytes.endIndex, isSpace(bytes[index], bytes[index + 1], newlines: newlines) { return 2 }
        if index + 2 < bytes.endIndex, isSpace(bytes[index], bytes[index + 1], bytes[index + 2], newlines: newlines) {
            return 3
        }
        return nil
    }

    /// The length of the white space character (and, with `newlines`, newline) that ends just
    /// before `end`, or `nil`.
    private static func spaceLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, before end: Int, newlines: Bool
    ) -> Int? where Bytes.Index == Int {
        let start = bytes.startIndex
        guard end > start else { return nil }
        if isSpace(bytes[end - 1], newlines: newlines) { return 1 }
        if end - 2 >= start, isSpace(bytes[end - 2], bytes[end - 1], newlines: newlines) { return 2 }
        if end - 3 >= start, isSpace(bytes[end - 3], bytes[end - 2], bytes[end - 1], newlines: newlines) { return 3 }
        return nil
    }

    /// Space and tab; with `newlines`, U+000A–U+000D too.
    private static func isSpace(_ byte: UInt8, newlines: Bool) -> Bool {
        byte == 0x20 || byte == 0x09 || newlines && byte >= 0x0A && byte <= 0x0D
    }

    /// U+00A0; with `newlines`, U+0085 too.
    private static func isSpace(_ first: UInt8, _ second: UInt8, newlines: Bool) -> Bool {
        first == 0xC2 && (second == 0xA0 || newlines && second == 0x85)
    }

    /// U+00A0 in UTF-8.
    private static func isWhitespace(_ first: UInt8, _ second: UInt8) -> Bool { first == 0xC2 && second == 0xA0 }

    /// U+1680, U+2000–U+200B, U+202F, U+205F and U+3000; with `newlines`, U+2028 and U+2029 too.
    private static func isSpace(_ first: UInt8, _ second: UInt8, _ third: UInt8, newlines: Bool) -> Bool {
        switch (first, second) {
        case (0xE1, 0x9A): third == 0x80
        case (0xE2, 0x80): third <= 0x8B || third == 0xAF || newlines && (third == 0xA8 || third == 0xA9)
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
        if lower.utf8.contains(UInt8(ascii: ",")) && !lower.contains(where: \.isNumber) || lower.contains(" and ")
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
        if bytes.count >= 9, bytes.count <= 13, bytes.allSatisfy(isDigit), let number = Int(word) {
            return utcTime(unixSeconds: bytes.count > 11 ? number / 1000 : number)
        }
        return nil
    }

    /// `seconds` after 1970-01-01 00:00:00 UTC (not negative) as ISO 8601 in UTC,
    /// `YYYY-MM-DDTHH:MM:SSZ`, the way `ISO8601DateFormatter` writes it: the proleptic Gregorian
    /// date of the day (Howard Hinnant's `civil_from_days`), then the time of day.
    static func utcTime(unixSeconds seconds: Int) -> String {
        let days = seconds / 86_400
        let time = seconds % 86_400
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        var out: [UInt8] = []
        out.reserveCapacity(20)
        func append(_ value: Int, digits: Int, then separator: UInt8) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(truncatingIfNeeded: 0x30 + value / divisor % 10))
                divisor /= 10
            }
            out.append(separator)
        }
        append(year, digits: 4, then: UInt8(ascii: "-"))
        append(month, digits: 2, then: UInt8(ascii: "-"))
        append(day, digits: 2, then: UInt8(ascii: "T"))
        append(time / 3600, digits: 2, then: UInt8(ascii: ":"))
        append(time / 60 % 60, digits: 2, then: UInt8(ascii: ":"))
        append(time % 60, digits: 2, then: UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// An ASCII letter or digit.
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}
