import ThreadModel

/// One post with its analysis and its place in the reply tree.
public struct PostReport: Hashable, Sendable {
    /// The post as parsed.
    public var post: Post
    /// The analysis of the post's own words (quotes left out), with its parent as context.
    public var analysis: TextAnalysis
    /// The edge to the post it replies to; `nil` for the opening post.
    public var parent: ReplyEdge?
    /// The distance from the opening post in the reply tree.
    public var depth: Int
    /// The indices of the replies to this post, in post order.
    public var children: [Int]

    /// Creates a post report.
    package init(post: Post, analysis: TextAnalysis, parent: ReplyEdge?, depth: Int, children: [Int]) {
        self.post = post
        self.analysis = analysis
        self.parent = parent
        self.depth = depth
        self.children = children
    }

    /// The post's severity band.
    public var severity: Severity { analysis.incivility.severity }

    /// The stance toward the parent, when the post has one.
    public var replyStance: ReplyStance? { analysis.replyStance?.stance }
}
