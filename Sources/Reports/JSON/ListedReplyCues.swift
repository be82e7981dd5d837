import Analysis

/// The reply cues a report lists for one post: the strongest `ListedReplyCues.limit` by
/// |contribution|, in text order, and a count of the rest. With learned weights a reply's result
/// holds every word feature present (hundreds for a long post); a report lists the ones that
/// weighed most so that it stays a few times the size of its input. `explain` lists them all.
package struct ListedReplyCues {
    /// How many cues a report lists per post.
    package static let limit = 5

    /// The cues listed, in the order of the result (text order).
    package var listed: [Evidence]
    /// How many cues are not listed.
    package var omittedCount: Int
    /// The summed contribution of the cues not listed.
    package var omittedContribution: Double

    /// Picks the strongest `limit` of `cues`; among equal |contribution| the earlier one wins, so
    /// the same cues always give the same listing.
    /// - Complexity: O(n log n) in the number of cues, O(n) when there are at most `limit`.
    package init(_ cues: [Evidence]) {
        guard cues.count > Self.limit else {
            listed = cues
            omittedCount = 0
            omittedContribution = 0
            return
        }
        let strongest = cues.indices.sorted { left, right in
            let a = abs(cues[left].contribution)
            let b = abs(cues[right].contribution)
            return a != b ? a > b : left < right
        }
        let kept = strongest.prefix(Self.limit).sorted()
        listed = kept.map { cues[$0] }
        omittedCount = cues.count - kept.count
        omittedContribution = strongest.dropFirst(Self.limit).reduce(0) { $0 + cues[$1].contribution }
    }
}
