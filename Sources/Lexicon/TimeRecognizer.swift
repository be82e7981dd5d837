/// The one recogniser of dates and times, from the one word list of ``TimeVocabulary``
/// (`times.tsv`): it tells whether a line or phrase is a time, as forums and news sites write
/// them (`January 14`, `8 minutes ago`, `On 1/14/2025 at 3:05 AM`, `Tue Jan 14, 2025 3:05 pm`,
/// `17 Jan 2025`, `2h`), and how many seconds ago a relative time says (`8 minutes ago`,
/// `an hour ago`, `yesterday`, `3h`). Page parsing and the reply tree's latency both use it.
///
/// A value is a time when every word is a number-like token or a word of the vocabulary, and at
/// least one is a number, a month, an anchor (`today`, `now`), an ago word or a one-word moment.
package struct TimeRecognizer: Sendable {
    /// What a word of a date is.
    enum WordKind {
        /// A month, an anchor, an ago word or a one-word moment: enough to make a date.
        case strong
        /// A weekday or a word such as `at`, `on`, `minutes`: a date only with a strong word.
        case weak
        /// `•`, `·`, `-`: separates parts of a date line.
        case separator
    }

    /// What the recogniser knows of one word.
    struct Word {
        var kind: WordKind
        /// Seconds, when the word is a unit of relative time.
        var unit: Int?
        /// The number, when the word is used as one (`an`).
        var count: Int?
        /// Seconds ago, when the word alone is a moment (`yesterday`).
        var moment: Int?
        /// Whether the word ends a relative time (`ago`).
        var ago = false
        /// The month's number, when the word names a month.
        var month: Int?
    }

    /// The word list the recogniser was made from.
    package let vocabulary: TimeVocabulary
    /// The vocabulary's words by their bytes packed into an integer (no word is longer than 16 bytes).
    private let words: [UInt128: Word]
    /// Moments of more than one word, by their lowercased words joined with single spaces.
    private let phrases: [[UInt8]: Int]
    /// The most words in a moment.
    private let longestPhrase: Int
    package static let separatorWords: [[UInt8]] = [
        Array("•".utf8), Array("·".utf8), Array("-".utf8), Array("—".utf8),
    ]

    /// A recogniser of the times `vocabulary` describes.
    package init(vocabulary: TimeVocabulary) {
        self.vocabulary = vocabulary
        var words: [UInt128: Word] = [:]
        func add(_ word: [UInt8], _ kind: WordKind, _ update: (inout Word) -> Void = { _ in }) {
            guard let key = Self.pack(word[...]) else { return }
            var entry = words[key] ?? Word(kind: kind)
            if kind == .strong { entry.kind = .strong }
            update(&entry)
            words[key] = entry
        }
        for word in vocabulary.weekdays { add(word, .weak) }
        for word in vocabulary.words { add(word, .weak) }
        for (word, seconds) in vocabulary.units { add(word, .weak) { $0.unit = seconds } }
        for (word, count) in vocabulary.counts { add(word, .weak) { $0.count = count } }
        var phrases: [[UInt8]: Int] = [:]
        var longestPhrase = 1
        for (phrase, seconds) in vocabulary.moments {
            let parts = phrase.split(separator: 0x20)
            if parts.count == 1 {
                add(phrase, .strong) { $0.moment = seconds }
            } else {
                for part in parts { add(Array(part), .weak) }
                phrases[phrase] = seconds
                longestPhrase = max(longestPhrase, parts.count)
            }
        }
        for word in vocabulary.agoWords { add(word, .strong) { $0.ago = true } }
        for word in vocabulary.anchors { add(word, .strong) }
        for (word, number) in vocabulary.months { add(word, .strong) { $0.month = number } }
        for word in Self.separatorWords { if let key = Self.pack(word[...]) { words[key] = Word(kind: .separator) } }
        self.words = words
        self.phrases = phrases
        self.longestPhrase = longestPhrase
    }

    /// Whether `value` is a date or time.
    /// - Complexity: O(n), without allocating.
    package func isTime(_ value: ArraySlice<UInt8>) -> Bool {
        guard !value.isEmpty, value.count <= 60 else { return false }
        var strong = false
        var wordCount = 0
        var onlyBareNumbers = true
        var rest = value
        while let word = Self.nextWord(&rest) {
            if Self.isNumberLike(word) {
                strong = true
                wordCount += 1
                if !word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { onlyBareNumbers = false }
            } else {
                switch entry(word)?.kind {
                case .separator?: continue
                case .strong?: strong = true
                case .weak?: break
                case nil: return false
                }
                wordCount += 1
                onlyBareNumbers = false
            }
            if wordCount > 10 { return false }
        }
        return strong && !(wordCount == 1 && onlyBareNumbers)
    }

    /// How many seconds ago `text` says, or `nil` when it holds no relative time (an absolute
    /// date such as `January 14` gives `nil`). The first of these found, word by word, counts: a
    /// moment (`yesterday`, `just now`), a number with its unit against it (`3h`), or a number
    /// or count, a unit and an ago word (`8 minutes ago`, `an hour ago`).
    /// - Complexity: O(n).
    package func secondsAgo(_ text: ArraySlice<UInt8>) -> Int? {
        var tokens: [ArraySlice<UInt8>] = []
        var rest = text
        while let word = Self.nextWord(&rest) { tokens.append(word) }
        for (position, word) in tokens.enumerated() {
            let known = entry(word)
            if let seconds = known?.moment { return seconds }
            if let seconds = phrase(tokens[position...]) { return seconds }
            if let seconds = compact(word) { return seconds }
            guard position + 2 < tokens.count, entry(tokens[position + 2])?.ago == true,
                let unit = entry(tokens[position + 1])?.unit,
                let count = Self.number(word) ?? known?.count
            else { continue }
            return count * unit
        }
        return nil
    }

    /// ``secondsAgo(_:)`` of a string; `nil` for `nil`.
    package func secondsAgo(_ text: String?) -> Int? {
        guard let text else { return nil }
        return secondsAgo(Array(text.utf8)[...])
    }

    /// ``isTime(_:)`` of a string.
    package func isTime(_ text: String) -> Bool {
        isTime(Array(text.utf8)[...])
    }

    /// The seconds of the longest moment of several words that `tokens` starts with.
    private func phrase(_ tokens: ArraySlice<ArraySlice<UInt8>>) -> Int? {
        guard longestPhrase > 1, tokens.count > 1 else { return nil }
        var key: [UInt8] = []
        var found: Int?
        for (taken, token) in tokens.prefix(longestPhrase).enumerated() {
            if taken > 0 { key.append(0x20) }
            for byte in token { key.append(Self.asciiLowercased(byte)) }
            if taken > 0, let seconds = phrases[key] { found = seconds }
        }
        return found
    }

    /// The seconds of a number with its unit against it (`3h`, `10min`); `nil` for other words.
    private func compact(_ word: ArraySlice<UInt8>) -> Int? {
        guard let split = word.firstIndex(where: { $0 < 0x30 || $0 > 0x39 }), split > word.startIndex,
            let count = Self.number(word[..<split]), let unit = entry(word[split...])?.unit
        else { return nil }
        return count * unit
    }

    /// What the vocabulary knows of `word`, also without one trailing `.` (`Sept.`).
    func entry(_ word: ArraySlice<UInt8>) -> Word? {
        if let key = Self.pack(word), let known = words[key] { return known }
        guard word.last == UInt8(ascii: "."), let key = Self.pack(word.dropLast()) else { return nil }
        return words[key]
    }

    /// The next word of `rest`, between spaces (and no-break spaces), without the punctuation
    /// `, ( ) [ ] |` at its ends; `rest` is left after it. `nil` when no word is left.
    static func nextWord(_ rest: inout ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        while !rest.isEmpty {
            let all = rest
            var index = all.startIndex
            while index < all.endIndex, spaceWidth(all[index...]) > 0 { index += spaceWidth(all[index...]) }
            var start = index
            while index < all.endIndex, spaceWidth(all[index...]) == 0 { index += 1 }
            var stop = index
            rest = all[index...]
            while start < stop, isPunctuation(all[start]) { start += 1 }
            while stop > start, isPunctuation(all[stop - 1]) { stop -= 1 }
            if start < stop { return all[start..<stop] }
        }
        return nil
    }

    /// 1 for a space, 2 for a no-break space (U+00A0), 0 otherwise.
    private static func spaceWidth(_ bytes: ArraySlice<UInt8>) -> Int {
        guard let first = bytes.first else { return 0 }
        if first == 0x20 { return 1 }
        if first == 0xC2, bytes.count > 1, bytes[bytes.startIndex + 1] == 0xA0 { return 2 }
        return 0
    }

    /// The value of a word of ASCII digits (at most 9); `nil` for any other word.
    private static func number(_ word: ArraySlice<UInt8>) -> Int? {
        guard !word.isEmpty, word.count <= 9 else { return nil }
        var value = 0
        for byte in word {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The word's bytes, ASCII-lowercased, packed into an integer; `nil` when longer than 16 bytes.
    private static func pack(_ word: ArraySlice<UInt8>) -> UInt128? {
        guard word.count <= 16 else { return nil }
        var key: UInt128 = 0
        for byte in word { key = key << 8 | UInt128(asciiLowercased(byte)) }
        return key | UInt128(word.count) << 120
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "[")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "|")
    }

    /// `text` without the separators a date line may start with (`• 2 hours ago` → `2 hours ago`).
    package static func trimmingLeadingSeparators(_ text: String) -> String {
        var result = Substring(text)
        while let first = result.split(separator: " ", maxSplits: 1).first, separatorWords.contains(Array(first.utf8)) {
            result = result.dropFirst(first.count).drop { $0 == " " }
        }
        return String(result)
    }

    /// A token that starts with a digit and holds only digits, `/ - : .` and at most a few
    /// trailing letters (`14th`, `3:05pm`, `5h`, `2024-01-15`).
    private static func isNumberLike(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, first >= 0x30 && first <= 0x39 else { return false }
        var letters = 0
        for byte in word {
            switch byte {
            case 0x30...0x39:
                if letters > 0 { return false }
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."):
                if letters > 0 { return false }
            case 0x61...0x7A, 0x41...0x5A:
                letters += 1
                if letters > 3 { return false }
            default:
                return false
            }
        }
        return true
    }
}
