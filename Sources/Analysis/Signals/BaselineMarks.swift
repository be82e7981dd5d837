/// What a baseline (an earlier report of the same pages) says about a report: which posts and
/// queue entries are new since then. A signal is new when a post it involves is new.
public struct BaselineMarks: Hashable, Sendable {
    /// Per post, in post order: whether the earlier report lacked it.
    public var postIsNew: [Bool]
    /// Per queue entry, in queue order: whether the earlier report did not queue its post.
    public var queueEntryIsNew: [Bool]

    /// Creates marks.
    package init(postIsNew: [Bool], queueEntryIsNew: [Bool]) {
        self.postIsNew = postIsNew
        self.queueEntryIsNew = queueEntryIsNew
    }

    /// Whether any of `posts` is new (a post index out of range counts as not new).
    public func anyNew(_ posts: [Int]) -> Bool {
        posts.contains { postIsNew.indices.contains($0) && postIsNew[$0] }
    }
}
