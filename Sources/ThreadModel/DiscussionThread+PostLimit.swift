extension DiscussionThread {
    /// The thread with its first `limit` posts only, and a warning naming how many were left out;
    /// the thread itself when it has no more than `limit`. References to a post left out (a reply's
    /// parent, a quote's source post, a segment's post) are cleared; the segments still cover the
    /// whole source.
    /// - Complexity: O(n) in the posts and segments.
    package func keepingPosts(_ limit: Int) -> DiscussionThread {
        guard posts.count > limit else { return self }
        var thread = self
        let count = posts.count
        let cutAt = posts[limit].span.byteStart
        thread.posts.removeSubrange(limit...)
        for index in thread.posts.indices {
            if let parent = thread.posts[index].replyTo, parent >= limit { thread.posts[index].replyTo = nil }
            Self.clear(&thread.posts[index].quotes, beyond: limit)
        }
        for index in thread.segments.indices {
            if let post = thread.segments[index].post, post >= limit { thread.segments[index].post = nil }
        }
        thread.warnings.append(
            ParseWarning(byteOffset: cutAt, message: ScanLimits.Message.postsCut(count: count, limit: limit)))
        return thread
    }

    /// Clears the quoted post of each quote (nested ones too) that names a post at `limit` or later.
    private static func clear(_ quotes: inout [Quote], beyond limit: Int) {
        for index in quotes.indices {
            if let source = quotes[index].postIndex, source >= limit { quotes[index].postIndex = nil }
            clear(&quotes[index].quotes, beyond: limit)
        }
    }
}
