import Analysis

/// One line of a batch report's index: a thread, how harsh it is, and where it sits in the report.
public struct ThreadIndexEntry: Hashable, Sendable {
    /// The thread's 0-based place in the report (its anchor).
    public var position: Int
    /// The thread's title, as the page gives it.
    public var title: String?
    /// The pages read for it.
    public var pages: [String]
    /// The harshest band of its posts.
    public var maxSeverity: Severity
    /// Entries in its moderation queue.
    public var queued: Int
    /// The priority of its first queue entry (0 when the queue is empty).
    public var topPriority: Int
    /// Its posts, and how many are uncivil.
    public var posts: Int
    public var uncivilPosts: Int

    /// The entry of `report`, at `position` in the report.
    package init(_ report: ThreadReport, position: Int) {
        self.position = position
        title = report.thread.title
        pages = report.pages
        maxSeverity = report.summary.maxSeverity
        queued = report.queue.count
        topPriority = report.queue.first?.priority ?? 0
        posts = report.summary.posts
        uncivilPosts = report.summary.uncivilPosts
    }

    /// `entries` harshest first: by the harshest band, then the top queue priority, then the
    /// queue's length, then the place in the report.
    package static func harshestFirst(_ entries: [ThreadIndexEntry]) -> [ThreadIndexEntry] {
        entries.sorted {
            ($1.maxSeverity, $1.topPriority, $1.queued, $0.position) < (
                $0.maxSeverity, $0.topPriority, $0.queued, $1.position
            )
        }
    }

    /// `2 of 14 posts uncivil, 3 in the queue`.
    var counts: String {
        "\(uncivilPosts) of \(posts) post\(posts == 1 ? "" : "s") uncivil, \(queued) in the queue"
    }
}
