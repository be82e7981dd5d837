/// A post a moderator should look at, with why.
public struct QueueEntry: Hashable, Sendable {
    /// The post's index.
    public var post: Int
    /// The priority, 0–100 (the README gives the formula): higher is looked at first.
    public var priority: Int
    /// The post's severity band.
    public var severity: Severity
    /// The parts of the priority, in points, that add up to `priority`.
    public var breakdown: PriorityBreakdown
    /// Why, in words a moderator reads in a second, most important first.
    public var reasons: [String]
    /// The words of the post that fired, as written.
    public var evidence: [String]

    /// Creates an entry.
    package init(
        post: Int, priority: Int, severity: Severity, breakdown: PriorityBreakdown, reasons: [String],
        evidence: [String]
    ) {
        self.post = post
        self.priority = priority
        self.severity = severity
        self.breakdown = breakdown
        self.reasons = reasons
        self.evidence = evidence
    }
}
