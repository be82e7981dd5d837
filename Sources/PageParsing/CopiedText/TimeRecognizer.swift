import Lexicon

/// Recognises dates and times as forums and news sites write them: `January 14`, `8 minutes ago`,
/// `On 1/14/2025 at 3:05 AM`, `Tue Jan 14, 2025 3:05 pm`, `17 Jan 2025`, `2h`.
///
/// A value is a time when every word is a number-like token, a month, a weekday or a time word
/// from `platforms/common.tsv`, and at least one is a number, a month, or one of `ago`, `today`,
/// `yesterday`, `now`.
struct TimeRecognizer: Sendable {
    /// What a word of a date is.
    private enum WordKind {
        /// A month, or `ago`, `today`, `yesterday`, `now`: enough to make a date.
        case strong
        /// A weekday or a word such as `at`, `on`, `minutes`: a date only with a strong word.
        case weak
        /// `•`, `·`, `-`: separates parts of a date line.
        case separator
    }

    let vocabulary: PlatformVocabulary
    /// The vocabulary's words by their bytes packed into an integer (no word is longer than 16 bytes).
    private let words: [UInt128: WordKind]
    private static let strongWords: Set<[UInt8]> = [
        Array("ago".utf8), Array("today".utf8), Array("yesterday".utf8), Array("now".utf8),
    ]
    private static let separatorWords: [[UInt8]] = [Array("•".utf8), Array("·".utf8), Array("-".utf8), Array("—".utf8)]

    init(vocabulary: PlatformVocabulary) {
        self.vocabulary = vocabulary
        var words: [UInt128: WordKind] = [:]
        for word in vocabulary.weekdays { if let key = Self.pack(word[...]) { words[key] = .weak } }
        for word in vocabulary.timeWords {
            if let key = Self.pack(word[...]) { words[key] = Self.strongWords.contains(word) ? .strong : .weak }
        }
        for word in vocabulary.months { if let key = Self.pack(word[...]) { words[key] = .strong } }
        for word in Self.separatorWords { if let key = Self.pack(word[...]) { words[key] = .separator } }
        self.words = words
    }

    /// Whether `value` is a date or time.
    /// - Complexity: O(n), without allocating.
    func isTime(_ value: ArraySlice<UInt8>) -> Bool {
        guard !value.isEmpty, value.count <= 60 else { return false }
        var strong = false
        var wordCount = 0
        var onlyBareNumbers = true
        var index = value.startIndex
        let end = value.endIndex
        while index < end {
            while index < end, value[index] == 0x20 { index += 1 }
            var start = index
            while index < end, value[index] != 0x20 { index += 1 }
            var stop = index
            while start < stop, Self.isPunctuation(value[start]) { start += 1 }
            while stop > start, Self.isPunctuation(value[stop - 1]) { stop -= 1 }
            if start == stop { continue }
            let word = value[start..<stop]
            if Self.isNumberLike(word) {
                strong = true
                wordCount += 1
                if !word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { onlyBareNumbers = false }
            } else {
                var kind = Self.pack(word).flatMap { words[$0] }
                if kind == nil, word.last == UInt8(ascii: "."), let key = Self.pack(word.dropLast()) {
                    kind = words[key]
                }
                switch kind {
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

    /// The word's bytes, ASCII-lowercased, packed into an integer; `nil` when longer than 16 bytes.
    private static func pack(_ word: ArraySlice<UInt8>) -> UInt128? {
        guard word.count <= 16 else { return nil }
        var key: UInt128 = 0
        for byte in word { key = key << 8 | UInt128(LinePattern.asciiLowercased(byte)) }
        return key | UInt128(word.count) << 120
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "[")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "|")
    }

    /// `text` without the separators a date line may start with (`• 2 hours ago` → `2 hours ago`).
    static func trimmingLeadingSeparators(_ text: String) -> String {
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
