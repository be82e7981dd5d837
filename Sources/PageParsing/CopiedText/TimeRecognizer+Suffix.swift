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
}
