/// The counts a report opens with.
public struct ReportSummary: Hashable, Sendable {
    /// The number of posts.
    public var posts: Int
    /// The number of posts of severity low or above.
    public var uncivilPosts: Int
    /// The number of posts in each severity band (every band present).
    public var bySeverity: [Severity: Int]
    /// The number of posts whose incivility is aimed at a participant.
    public var participantTargeted: Int
    /// The number of entries in the moderation queue.
    public var queued: Int
    /// The harshest severity in the thread.
    public var maxSeverity: Severity
    /// The number of distinct named authors.
    public var authors: Int

    /// Creates a summary.
    package init(
        posts: Int, uncivilPosts: Int, bySeverity: [Severity: Int], participantTargeted: Int, queued: Int,
        maxSeverity: Severity, authors: Int
    ) {
        self.posts = posts
        self.uncivilPosts = uncivilPosts
        self.bySeverity = bySeverity
        self.participantTargeted = participantTargeted
        self.queued = queued
        self.maxSeverity = maxSeverity
        self.authors = authors
    }
}
