import ThreadModel

/// Everything a report shows about one thread; every reporter is a pure function of it.
public struct ThreadReport: Hashable, Sendable {
    /// The thread as parsed (several pages merged into one).
    public var thread: DiscussionThread
    /// The pages read for the thread, in order (one path, or several when pages were merged).
    public var pages: [String]
    /// One entry per post, in post order (`posts[i].post.index == i`).
    public var posts: [PostReport]
    /// The reply tree: parent edges and the alternatives kept.
    public var tree: ReplyTree
    /// The posts to look at, highest priority first; civil posts and the opening post are never in it.
    public var queue: [QueueEntry]
    /// How the thread turned.
    public var signals: ThreadSignals
    /// One summary per named author, in order of first post.
    public var authors: [AuthorSummary]
    /// The counts.
    public var summary: ReportSummary
    /// What is new since an earlier report, when `scan --baseline` gave one.
    public var baseline: BaselineMarks? = nil

    /// Creates a report.
    package init(
        thread: DiscussionThread, posts: [PostReport], tree: ReplyTree, queue: [QueueEntry], signals: ThreadSignals,
        authors: [AuthorSummary], summary: ReportSummary, pages: [String]? = nil
    ) {
        self.thread = thread
        self.pages = pages ?? [thread.source]
        self.posts = posts
        self.tree = tree
        self.queue = queue
        self.signals = signals
        self.authors = authors
        self.summary = summary
    }

    /// The parent edges in post order (`edges[k].from` is the replying post).
    public var edges: [ReplyEdge] { tree.edges }
}
