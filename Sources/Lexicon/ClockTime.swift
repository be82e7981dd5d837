/// The clock time written after a date as words of its own: `08:05:33Z`, `21:04`, `09:12 pm`,
/// `9:12pm (UTC)`, `10:00 +02:00`. Read byte by byte; anything else is not a clock time.
package struct ClockTime: Sendable {
    package var hour: Int
    package var minute: Int
    package var second: Int?
    /// The zone as ISO 8601 writes it (`Z`, `+02:00`), when the words give one.
    package var zone: String?

    /// `HH:MM[:SS]` with a 24-hour hour, then the zone if any.
    package var iso: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return two(hour) + ":" + two(minute) + ":" + two(second ?? 0) + (zone ?? "")
    }

    /// Reads the words after a date: a clock, then optionally `am`/`pm` and a zone (`Z`, `UTC`,
    /// `GMT`, `(UTC)`, `+hh:mm`, `+hhmm`); `nil` when the first word is not a clock.
    package init?<Words: Collection>(_ words: Words) where Words.Element: StringProtocol {
        guard let first = words.first else { return nil }
        // A clause may follow the time (Stack Exchange's `08:30:00Z, License: CC BY-SA 4.0`).
        var bytes = Array(first.utf8)
        let clauseEnds = bytes.last == UInt8(ascii: ",") || bytes.last == UInt8(ascii: ";")
        if clauseEnds { bytes.removeLast() }
        // Only the two words after the clock can be read: a meridiem and a zone.
        var rest = clauseEnds ? [] : words.dropFirst().prefix(2).map { Array($0.utf8) }
        let meridiem = Self.trailingMeridiem(&bytes) ?? rest.first.flatMap(Self.meridiem)
        if meridiem != nil, Self.meridiem(rest.first ?? []) != nil { rest.removeFirst() }
        let zoneStart = bytes.firstIndex {
            $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
        }
        let clock = bytes[..<(zoneStart ?? bytes.count)]
        let parts = clock.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for (position, part) in parts.enumerated() {
            // Seconds may carry a fraction (`33.250`), which is dropped.
            let digits = position == 2 ? part.prefix { $0 != UInt8(ascii: ".") } : part
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            numbers.append(digits.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        var hour = numbers[0]
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem ? 12 : 0)
        }
        guard hour < 24, numbers[1] < 60, numbers.count < 3 || numbers[2] < 60 else { return nil }
        self.hour = hour
        minute = numbers[1]
        second = numbers.count == 3 ? numbers[2] : nil
        zone = zoneStart.flatMap { Self.zone(Array(bytes[$0...])) } ?? rest.first.flatMap { Self.zone($0) }
    }

    /// `true` for pm, `false` for am (`am`, `a.m.`, any case), else `nil`.
    private static func meridiem<Word: Collection<UInt8>>(_ word: Word) -> Bool? {
        var first: UInt8 = 0
        var second: UInt8 = 0
        var count = 0
        for byte in word where byte != UInt8(ascii: ".") {
            guard count < 2 else { return nil }
            if count == 0 { first = byte | 0x20 } else { second = byte | 0x20 }
            count += 1
        }
        guard count == 2, second == UInt8(ascii: "m") else { return nil }
        switch first {
        case UInt8(ascii: "a"): return false
        case UInt8(ascii: "p"): return true
        default: return nil
        }
    }

    /// Cuts an `am`/`pm` written against the clock (`9:12pm`) off `bytes`.
    private static func trailingMeridiem(_ bytes: inout [UInt8]) -> Bool? {
        guard bytes.count > 2, let value = meridiem(bytes.suffix(2)) else { return nil }
        bytes.removeLast(2)
        return value
    }

    /// A zone word as ISO 8601 writes it: `Z`, `UTC`, `GMT` and `(UTC)` are `Z`; `+hh:mm`,
    /// `+hhmm` and `+hh` keep their offset as `+hh:mm`.
    private static func zone(_ word: [UInt8]) -> String? {
        let trimmed = word.filter { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: ")") }
        let upper = trimmed.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        if upper == Array("Z".utf8) || upper == Array("UTC".utf8) || upper == Array("GMT".utf8) { return "Z" }
        guard let sign = trimmed.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = trimmed.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        let text = String(decoding: digits, as: UTF8.self)
        let minutes = digits.count == 4 ? String(text.suffix(2)) : "00"
        return String(UnicodeScalar(sign)) + String(text.prefix(2)) + ":" + minutes
    }
}
