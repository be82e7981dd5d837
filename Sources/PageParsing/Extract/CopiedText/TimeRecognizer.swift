import Lexicon

/// Recognises dates and times as forums and news sites write them: `January 14`, `8 minutes ago`,
/// `On 1/14/2025 at 3:05 AM`, `Tue Jan 14, 2025 3:05 pm`, `17 Jan 2025`, `2h`.
///
/// A value is a time when every word is a number-like token, a month, a weekday or a time word
/// from `platforms/common.tsv`, and at least one is a number, a month, or one of `ago`, `today`,
/// `yesterday`, `now`.
struct TimeRecognizer: Sendable {
    let vocabulary: PlatformVocabulary
    private static let strongWords: Set<[UInt8]> = [Array("ago".utf8), Array("today".utf8), Array("yesterday".utf8), Array("now".utf8)]

    /// Whether `value` is a date or time.
    func isTime(_ value: ArraySlice<UInt8>) -> Bool {
        guard !value.isEmpty, value.count <= 60 else { return false }
        var strong = false
        var words = 0
        var onlyBareNumbers = true
        for rawWord in value.split(separator: 0x20) {
            let word = Self.strippingPunctuation(rawWord)
            if word.isEmpty || Self.separators.contains(Array(word)) { continue }
            words += 1
            if words > 10 { return false }
            let lower = word.map(LinePattern.asciiLowercased)
            if !lower.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { onlyBareNumbers = false }
            if let isStrong = classify(lower) {
                strong = strong || isStrong
            } else if lower.last == UInt8(ascii: "."), let isStrong = classify(Array(lower.dropLast())) {
                strong = strong || isStrong
            } else {
                return false
            }
        }
        return strong && !(words == 1 && onlyBareNumbers)
    }

    /// `text` without the separators a date line may start with (`• 2 hours ago` → `2 hours ago`).
    static func trimmingLeadingSeparators(_ text: String) -> String {
        var result = Substring(text)
        while let first = result.split(separator: " ", maxSplits: 1).first, separators.contains(Array(first.utf8)) {
            result = result.dropFirst(first.count).drop { $0 == " " }
        }
        return String(result)
    }

    /// Whether a lowercased word is strong time evidence (`true`), weak (`false`), or not a time word (`nil`).
    private func classify(_ word: [UInt8]) -> Bool? {
        if Self.isNumberLike(word) || vocabulary.months.contains(word) { return true }
        if vocabulary.weekdays.contains(word) { return false }
        if vocabulary.timeWords.contains(word) { return Self.strongWords.contains(word) }
        return nil
    }

    /// A token that starts with a digit and holds only digits, `/ - : .` and at most a few
    /// trailing letters (`14th`, `3:05pm`, `5h`, `2024-01-15`).
    private static func isNumberLike(_ word: [UInt8]) -> Bool {
        guard let first = word.first, first >= 0x30 && first <= 0x39 else { return false }
        var letters = 0
        for byte in word {
            switch byte {
            case 0x30...0x39:
                if letters > 0 { return false }
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."):
                if letters > 0 { return false }
            case 0x61...0x7A:
                letters += 1
                if letters > 3 { return false }
            default:
                return false
            }
        }
        return true
    }

    /// Tokens that separate parts of a date line (`• 2 hours ago`, `Mar 3 · edited`).
    private static let separators: Set<[UInt8]> = [Array("•".utf8), Array("·".utf8), Array("-".utf8), Array("—".utf8)]

    private static let punctuation: Set<UInt8> = [
        UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"),
    ]

    private static func strippingPunctuation(_ word: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var result = word
        while let first = result.first, punctuation.contains(first) { result = result.dropFirst() }
        while let last = result.last, punctuation.contains(last) { result = result.dropLast() }
        return result
    }
}
