extension DiscussionThread {
    /// The pages of one thread as one thread: posts renumbered in page order (quotes, explicit
    /// parents and segments follow), the first page's source, title and platform, every warning.
    /// A page's title fills in when an earlier page has none.
    static func merging(_ pages: [DiscussionThread]) -> DiscussionThread {
        guard var merged = pages.first else {
            return DiscussionThread(source: "-", title: nil, platform: "unknown", posts: [], segments: [])
        }
        for page in pages.dropFirst() {
            let offset = merged.posts.count
            if merged.title == nil { merged.title = page.title }
            for var post in page.posts {
                post.index += offset
                post.replyTo = post.replyTo.map { $0 + offset }
                post.quotes = post.quotes.map { quote in
                    var quote = quote
                    quote.postIndex = quote.postIndex.map { $0 + offset }
                    return quote
                }
                merged.posts.append(post)
            }
            merged.segments += page.segments.map { segment in
                var segment = segment
                segment.post = segment.post.map { $0 + offset }
                return segment
            }
            merged.warnings += page.warnings.map { ParseWarning(byteOffset: $0.byteOffset, message: "\(page.source): \($0.message)") }
        }
        return merged
    }
}
