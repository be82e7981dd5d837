import Lexicon

/// Reads relative times as pages show them (`8 minutes ago`, `an hour ago`, `just now`).
struct RelativeTime {
    var vocabulary: ReplyTreeVocabulary

    /// How many seconds ago `text` says, or `nil` when it is not a relative time
    /// (an absolute date such as `January 14` gives `nil`).
    func secondsAgo(_ text: String?) -> Int? {
        guard let text else { return nil }
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "\u{A0}" }.map(String.init)
        for (position, word) in words.enumerated() {
            if let seconds = vocabulary.moments[word] { return seconds }
            if position + 1 < words.count, let seconds = vocabulary.moments["\(word) \(words[position + 1])"] {
                return seconds
            }
            guard position + 2 < words.count, vocabulary.agoWords.contains(words[position + 2]),
                let unit = vocabulary.units[words[position + 1]],
                let count = Int(word) ?? vocabulary.counts[word]
            else { continue }
            return count * unit
        }
        return nil
    }
}
