/// Two users trading uncivil replies: each has replied uncivilly to the other at least once.
public struct HeatedExchange: Hashable, Sendable {
    /// The two authors, in order of their first uncivil reply.
    public var authors: [String]
    /// The uncivil replies between them, in post order.
    public var posts: [Int]

    /// Creates a heated exchange.
    package init(authors: [String], posts: [Int]) {
        self.authors = authors
        self.posts = posts
    }
}
