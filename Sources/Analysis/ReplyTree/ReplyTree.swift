/// Who replies to whom in a thread: one parent edge for every post but the opening post.
///
/// Posts are addressed by their position in `DiscussionThread.posts` (equal to `Post.index`).
public struct ReplyTree: Codable, Hashable, Sendable {
    /// The parent edge of each post, by index; `nil` for the root.
    public var parents: [ReplyEdge?]
    /// For each post, the other evidence found, weaker than (or tied with) the parent edge.
    public var alternatives: [[ReplyEdge]]

    /// Creates a tree from its parent edges and alternatives, one entry per post.
    package init(parents: [ReplyEdge?], alternatives: [[ReplyEdge]]) {
        self.parents = parents
        self.alternatives = alternatives
    }

    /// The number of posts.
    public var count: Int { parents.count }

    /// The root: the opening post, or `nil` for a thread without posts.
    public var root: Int? { parents.isEmpty ? nil : 0 }

    /// The parent edges in post order.
    public var edges: [ReplyEdge] { parents.compactMap { $0 } }

    /// The index of the parent of `post`, or `nil` for the root.
    public func parent(of post: Int) -> Int? { parents[post]?.to }

    /// The replies to each post, in post order.
    /// - Complexity: O(n) in the number of posts.
    public var children: [[Int]] {
        var result = [[Int]](repeating: [], count: parents.count)
        for case let edge? in parents where edge.to >= 0 && edge.to < parents.count {
            result[edge.to].append(edge.from)
        }
        return result
    }

    /// Each post's distance from the root (0 for the root). Call on a validated tree.
    /// - Complexity: O(n) in the number of posts.
    public var depths: [Int] {
        var result = [Int](repeating: 0, count: parents.count)
        var stack = root.map { [$0] } ?? []
        let children = self.children
        while let post = stack.popLast() {
            for child in children[post] {
                result[child] = result[post] + 1
                stack.append(child)
            }
        }
        return result
    }
}
