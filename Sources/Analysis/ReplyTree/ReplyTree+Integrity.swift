extension ReplyTree {
    /// Checks that the tree is a tree: one root (post 0), every other post with a parent that is a
    /// post of the thread, and no cycles — the checks ConvoKit runs on a corpus's reply-to links.
    /// - Complexity: O(n) in the number of posts.
    package func validate() throws(ReplyTreeIntegrityError) {
        for (post, edge) in parents.enumerated() {
            guard let edge else {
                if post != 0 { throw .wrongRoot(post: post) }
                continue
            }
            if post == 0 { throw .wrongRoot(post: 0) }
            if edge.from != post { throw .misfiledEdge(post: post, from: edge.from) }
            if edge.to < 0 || edge.to >= parents.count { throw .danglingParent(post: post, parent: edge.to) }
        }
        // 0 = unvisited, 1 = on the current path, 2 = reaches the root.
        var state = [UInt8](repeating: 0, count: parents.count)
        if !state.isEmpty { state[0] = 2 }
        for start in parents.indices where state[start] == 0 {
            var path: [Int] = []
            var post = start
            while state[post] == 0 {
                state[post] = 1
                path.append(post)
                post = parents[post]!.to
            }
            if state[post] == 1 { throw .cycle(post: post) }
            for visited in path { state[visited] = 2 }
        }
    }
}
