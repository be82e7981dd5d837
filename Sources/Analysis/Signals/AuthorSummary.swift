/// What one author did in a thread.
public struct AuthorSummary: Hashable, Sendable {
    /// The author's name.
    public var author: String
    /// Their posts, in order.
    public var posts: [Int]
    /// Their posts of severity low or above, in order.
    public var uncivilPosts: [Int]
    /// Their harshest severity.
    public var maxSeverity: Severity
    /// How many of their uncivil posts aim at each kind of target.
    public var targets: [TargetKind: Int]
    /// The authors they replied to uncivilly, in order of first reply.
    public var uncivilTowards: [String]
    /// How many of their replies take each stance toward their parent.
    public var stances: [ReplyStance: Int]

    /// Creates a summary.
    package init(
        author: String, posts: [Int], uncivilPosts: [Int], maxSeverity: Severity, targets: [TargetKind: Int],
        uncivilTowards: [String], stances: [ReplyStance: Int]
    ) {
        self.author = author
        self.posts = posts
        self.uncivilPosts = uncivilPosts
        self.maxSeverity = maxSeverity
        self.targets = targets
        self.uncivilTowards = uncivilTowards
        self.stances = stances
    }
}
