import ThreadModel

/// Builds threads by hand for tests: one `Post` per entry, spans one line each.
enum HandThread {
    static func post(
        _ index: Int, _ author: String?, _ body: String, time: String? = nil, quotes: [Quote] = [],
        reactions: [Reaction] = [], replyTo: Int? = nil
    ) -> Post {
        Post(
            index: index, author: author, timestamp: time, body: body, quotes: quotes, reactions: reactions,
            replyTo: replyTo, span: span(index)
        )
    }

    static func quote(_ author: String?, of post: Int?, time: String? = nil, _ text: String = "quoted words") -> Quote {
        Quote(author: author, postIndex: post, time: time, text: text, span: span(0))
    }

    static func thread(_ posts: [Post], title: String? = "A hand-made thread") -> DiscussionThread {
        DiscussionThread(source: "hand.txt", title: title, platform: "invision", posts: posts, segments: [])
    }

    static func span(_ line: Int) -> SourceSpan {
        SourceSpan(lineStart: line + 1, lineEnd: line + 1, byteStart: line * 10, byteEnd: line * 10 + 9)
    }
}
