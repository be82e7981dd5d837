import Lexicon

extension TimeRecognizer {
    /// The time in `text`: all of it, or what follows one or two leading words (`posted 3 days
    /// ago` → `3 days ago`, `on May 14, 2026`); `nil` when none is. White space is folded first.
    /// - Complexity: O(n); at most three calls of ``isTime(_:)``.
    func timeSuffix(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let folded = GenericNodeFacts.folded(text)
        guard !folded.isEmpty, folded.count <= 80 else { return nil }
        var rest = folded[...]
        for _ in 0..<3 {
            if isTime(rest) { return rest }
            guard let space = rest.firstIndex(of: 0x20) else { return nil }
            rest = rest[(space + 1)...]
        }
        return nil
    }

    /// The time in a post header's text: the first of its parts between `·`, `•` and `|`
    /// (``headerParts(_:)``) that is a time or ends in one (``timeSuffix(_:)``), so that
    /// `12 points · 4 hours ago` gives `4 hours ago`; `nil` when no part does. The generic
    /// copied-text reader and the generic DOM adapter both read header times this way.
    /// - Complexity: O(n) for a header of n ≤ 120 bytes; `nil` for a longer one.
    func headerTime(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard text.count <= 120 else { return nil }
        for part in Self.headerParts(text) {
            if let time = timeSuffix(part) { return time }
        }
        return nil
    }

    /// The parts of a header's text between `·`, `•` and `|`, trimmed of spaces, empty parts left out.
    /// - Complexity: O(n).
    static func headerParts(_ text: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = text.startIndex
        var index = text.startIndex
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, HTMLByte.isASCIIWhitespace(text[lower]) { lower += 1 }
            while upper > lower, HTMLByte.isASCIIWhitespace(text[upper - 1]) { upper -= 1 }
            if lower < upper { result.append(text[lower..<upper]) }
        }
        while index < text.endIndex {
            let width =
                text[index] == UInt8(ascii: "|")
                ? 1
                : text[index...].starts(with: middleDot) ? 2 : text[index...].starts(with: bullet) ? 3 : 0
            if width > 0 {
                close(index)
                index += width
                start = index
            } else {
                index += 1
            }
        }
        close(text.endIndex)
        return result
    }

    private static let middleDot = Array("·".utf8)
    private static let bullet = Array("•".utf8)
}
