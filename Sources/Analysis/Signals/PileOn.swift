/// Several uncivil replies aimed at one post or at one author.
public struct PileOn: Hashable, Sendable {
    /// What is piled on.
    public enum Target: Hashable, Sendable {
        /// One post.
        case post(Int)
        /// Every post of one author.
        case author(String)
    }

    /// What is piled on.
    public var target: Target
    /// The uncivil replies, in post order.
    public var replies: [Int]
    /// The distinct authors of the replies (unknown authors left out), in order of first reply.
    public var authors: [String]

    /// Creates a pile-on.
    package init(target: Target, replies: [Int], authors: [String]) {
        self.target = target
        self.replies = replies
        self.authors = authors
    }
}
