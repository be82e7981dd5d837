extension TimeRecognizer {
    /// The ISO 8601 form of a shown absolute date: a `YYYY-MM-DD` date (``isoDate(_:)``), or a
    /// month's name, a day and a four-digit year in any order (`March 3, 2024`, `3 March 2024`, `Wed Apr 10, 2024 6:02 pm`), with the clock
    /// time when one is given (`8:15 AM`, `20:15:00`, `at 8:15pm UTC`): `2024-03-03T08:15:00`,
    /// without a zone unless the text names one. `nil` for a relative time, a date without its
    /// day or year, and text with any word that is not part of a date.
    /// - Complexity: O(n), n at most 80 bytes.
    package func isoTime(_ text: ArraySlice<UInt8>) -> String? {
        guard !text.isEmpty, text.count <= 80 else { return nil }
        if Self.startsWithISODate(text),
            let iso = Self.isoDate(String(decoding: text, as: UTF8.self).split(separator: " "))
        {
            return iso
        }
        var rest = text
        var year: Int?
        var month: Int?
        var day: Int?
        var clock: [String] = []
        while let word = Self.nextWord(&rest) {
            if word.contains(UInt8(ascii: ":")) {
                guard clock.isEmpty else { return nil }
                clock.append(String(decoding: word, as: UTF8.self))
                continue
            }
            if let number = Self.dayOrYear(word) {
                if number >= 1000 {
                    guard year == nil, (1900...2100).contains(number) else { return nil }
                    year = number
                } else {
                    guard day == nil, (1...31).contains(number) else { return nil }
                    day = number
                }
                continue
            }
            guard let known = entry(word) else { return nil }
            if known.kind == .separator { continue }
            if let number = known.month {
                guard month == nil else { return nil }
                month = number
            } else if known.kind != .weak || known.unit != nil || known.count != nil {
                return nil
            } else if !clock.isEmpty {
                clock.append(String(decoding: word, as: UTF8.self))
            }
        }
        guard let year, let month, let day else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let date = "\(year)-\(two(month))-\(two(day))"
        guard !clock.isEmpty else { return date }
        guard let time = ClockTime(clock) else { return nil }
        return date + "T" + time.iso
    }

    /// The ISO 8601 time of words that start with a `YYYY-MM-DD` date (an ISO value such as HN's
    /// `2024-01-01T10:00:00 1704103200` gives its first word), joined with the clock time that
    /// follows the date as a word of its own (`2024-01-12 08:05:33Z`, `2024-05-11 21:04:17`,
    /// `2024-05-10 09:12 pm (UTC)`); `nil` when the first word is no such date.
    package static func isoDate<Words: Collection>(_ words: Words) -> String? where Words.Element: StringProtocol {
        guard let first = words.first else { return nil }
        let bytes = Array(first.utf8)
        func digits(_ range: Range<Int>) -> Bool { bytes[range].allSatisfy { (0x30...0x39).contains($0) } }
        guard bytes.count >= 10, digits(0..<4), bytes[4] == UInt8(ascii: "-"), digits(5..<7),
            bytes[7] == UInt8(ascii: "-"), digits(8..<10)
        else { return nil }
        let word = String(first)
        guard bytes.count == 10, let clock = ClockTime(words.dropFirst()) else { return word }
        return word + "T" + clock.iso
    }

    /// Whether `text`, after any leading spaces, starts with `YYYY-MM-DD`: the only texts
    /// ``isoDate(_:)`` reads, found without splitting the text into words.
    private static func startsWithISODate(_ text: ArraySlice<UInt8>) -> Bool {
        guard let start = text.firstIndex(where: { $0 != 0x20 }), text.endIndex - start >= 10 else { return false }
        for offset in 0..<10 {
            let byte = text[start + offset]
            guard offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : byte >= 0x30 && byte <= 0x39 else {
                return false
            }
        }
        return true
    }

    /// ``isoTime(_:)`` of a string.
    package func isoTime(_ text: String) -> String? {
        isoTime(Array(text.utf8)[...])
    }

    /// A day (`3`, `03`, `3rd`, `3.`) or a four-digit year, else `nil`.
    private static func dayOrYear(_ word: ArraySlice<UInt8>) -> Int? {
        var digits = word
        while let last = digits.last, !(0x30...0x39).contains(last) { digits.removeLast() }
        let suffix = word[digits.endIndex...].map { $0 | 0x20 }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ (0x30...0x39).contains($0) }),
            suffix.isEmpty || (digits.count <= 2 && Self.daySuffixes.contains(suffix))
        else { return nil }
        let number = Int(String(decoding: digits, as: UTF8.self)) ?? 0
        return digits.count == 4 ? max(number, 1000) : (digits.count <= 2 ? number : nil)
    }

    /// What may follow a day's number: an ordinal suffix or a full stop (`3rd`, `3.`).
    private static let daySuffixes: Set<[UInt8]> = [
        Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8), Array(".".utf8),
    ]
}
