/// Approving reactions on an uncivil post.
public struct Amplification: Hashable, Sendable {
    /// The post.
    public var post: Int
    /// The approving reactions, weighted (the `amplifies` column of `Lexicons/reactions.tsv`), summed and rounded.
    public var approvals: Int
    /// The reactions that counted, as shown (`Like 3`).
    public var reactions: [String]

    /// Creates an amplification.
    package init(post: Int, approvals: Int, reactions: [String]) {
        self.post = post
        self.approvals = approvals
        self.reactions = reactions
    }
}
