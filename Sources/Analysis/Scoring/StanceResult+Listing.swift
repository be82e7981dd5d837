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
        guard let listing = Self.listing(of: cues.map(\.contribution), limit: limit) else { return }
        omittedCueCount += listing.omittedCount
        omittedCueContribution += listing.omittedContribution
        cues = listing.kept.map { cues[$0] }
    }

    /// Which of the cues with `contributions` `keepStrongestCues(_:)` keeps (their indices, in
    /// order) and what it leaves out, or nil when there are at most `limit`: so that a result can be
    /// listed before its cues are built.
    /// - Complexity: O(n log n) in the number of cues.
    package static func listing(of contributions: [Double], limit: Int) -> (
        kept: [Int], omittedCount: Int, omittedContribution: Double
    )? {
        guard contributions.count > limit else { return nil }
        let strongest = contributions.indices.sorted { left, right in
            let a = abs(contributions[left])
            let b = abs(contributions[right])
            return a != b ? a > b : left < right
        }
        return (
            strongest.prefix(limit).sorted(), contributions.count - limit,
            strongest.dropFirst(limit).reduce(0) { $0 + contributions[$1] }
        )
    }
}
