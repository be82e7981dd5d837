extension StanceResult {
    /// How many cues a report lists per reply.
    package static let listedCues = 5

    /// Keeps in `cues` the strongest `limit` by |contribution|, in their order, and counts the
    /// rest in `omittedCueCount` and `omittedCueContribution`; among equal |contribution| the
    /// earlier cue stays, so the same cues always give the same listing. With learned weights a
    /// reply's result holds every word feature present (hundreds in a long post); a thread's
    /// results are held until its report is written, so the scanner keeps only what it lists.
    /// - Complexity: O(n log n) in the number of cues, O(1) when there are at most `limit`.
    package mutating func keepStrongestCues(_ limit: Int = listedCues) {
        guard cues.count > limit else { return }
        let strongest = cues.indices.sorted { left, right in
            let a = abs(cues[left].contribution)
            let b = abs(cues[right].contribution)
            return a != b ? a > b : left < right
        }
        omittedCueCount += cues.count - limit
        omittedCueContribution += strongest.dropFirst(limit).reduce(0) { $0 + cues[$1].contribution }
        cues = strongest.prefix(limit).sorted().map { cues[$0] }
    }
}
