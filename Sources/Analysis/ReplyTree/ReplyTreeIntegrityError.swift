/// A way in which a reply tree is not a tree.
package enum ReplyTreeIntegrityError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The opening post has a parent, or another post has none.
    case wrongRoot(post: Int)
    /// A post's parent is not a post of the thread.
    case danglingParent(post: Int, parent: Int)
    /// An edge is filed under the wrong post.
    case misfiledEdge(post: Int, from: Int)
    /// Following parents from `post` comes back to it.
    case cycle(post: Int)

    package var description: String {
        switch self {
        case .wrongRoot(let post):
            post == 0
                ? "reply tree: the opening post (0) must have no parent"
                : "reply tree: post \(post) has no parent; only the opening post may be the root"
        case .danglingParent(let post, let parent):
            "reply tree: post \(post) replies to post \(parent), which is not in the thread"
        case .misfiledEdge(let post, let from):
            "reply tree: the parent edge of post \(post) starts at post \(from)"
        case .cycle(let post):
            "reply tree: following parents from post \(post) comes back to it"
        }
    }
}
