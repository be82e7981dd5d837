import ThreadModel

/// The `threadscan.parse/1` JSON of a parsed thread, documented field by field in the README.
package enum ThreadJSON {
    /// The schema name and version written in every document.
    package static let schema = "threadscan.parse/1"

    /// The thread as a JSON value.
    package static func value(_ thread: DiscussionThread) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("source", .string(thread.source)),
            ("title", .string(thread.title)),
            ("platform", .string(thread.platform)),
            ("article", .bool(thread.openingPostIsArticle)),
            ("format", .string(thread.format)),
            ("encoding", .string(thread.encoding)),
            ("adapter", adapter(thread)),
            ("canonical", .string(thread.canonicalURL)),
            ("nextPage", .string(thread.nextPageURL)),
            ("prevPage", .string(thread.previousPageURL)),
            ("merge", merge(thread)),
            ("posts", .array(thread.posts.map(post))),
            ("segments", .array(thread.segments.map(segment))),
            ("warnings", .array(thread.warnings.map(warning))),
        ])
    }

    /// Which pages the thread was merged from and why (`{"pages":[…],"by":"canonical-url"}`),
    /// or `null` for a thread of one page.
    package static func merge(_ thread: DiscussionThread) -> JSONValue {
        guard let merge = thread.merge else { return .null }
        return .object([("pages", .array(merge.pages.map { .string($0) })), ("by", .string(merge.by.rawValue))])
    }

    /// A post as a JSON value.
    package static func post(_ post: Post) -> JSONValue {
        .object(
            [
                ("index", .int(post.index)),
                ("author", .string(post.author)),
                ("authorInferred", .bool(post.authorInferred)),
                ("timestamp", .string(post.timestamp)),
                ("body", .string(post.body)),
                ("quotes", .array(post.quotes.map(quote))),
                (
                    "reactions",
                    .array(post.reactions.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })
                ),
                ("attachments", .array(post.attachments.map { .string($0) })),
                ("signature", .string(post.signature)),
                ("replyTo", .int(post.replyTo)),
                ("lineStart", .int(post.span.lineStart)),
                ("lineEnd", .int(post.span.lineEnd)),
            ] + markupFacts(post))
    }

    /// `{method, confidence}`: which method found the posts (`html:xenforo`, `text:invision`), or `null`.
    static func adapter(_ thread: DiscussionThread) -> JSONValue {
        thread.adapter.map {
            .object([("method", .string($0.method)), ("confidence", .number($0.confidence, places: 2))])
        } ?? .null
    }

    /// The facts a post's markup gives, written by both JSON schemas after their older fields:
    /// `number` (as shown, else the position from 1), `platformID`, `authorLink`, `isoTime`,
    /// `deleted`, `editNote`, `score`.
    static func markupFacts(_ post: Post) -> [(String, JSONValue)] {
        [
            ("number", .int(post.displayNumber)),
            ("platformID", .string(post.platformID)),
            ("authorLink", .string(post.authorLink)),
            ("isoTime", .string(post.isoTime)),
            ("deleted", .bool(post.isDeleted)),
            ("editNote", .string(post.editNote)),
            ("score", .int(post.score)),
        ]
    }

    private static func quote(_ quote: Quote) -> JSONValue {
        .object([
            ("author", .string(quote.author)),
            ("postIndex", .int(quote.postIndex)),
            ("time", .string(quote.time)),
            ("text", .string(quote.text)),
            ("lineStart", .int(quote.span.lineStart)),
            ("lineEnd", .int(quote.span.lineEnd)),
            ("sourceID", .string(quote.sourceID)),
            ("quotes", .array(quote.quotes.map(Self.quote))),
        ])
    }

    private static func segment(_ segment: Segment) -> JSONValue {
        .object([
            ("kind", .string(segment.kind.rawValue)),
            ("name", .string(segment.name)),
            ("post", .int(segment.post)),
            ("lineStart", .int(segment.span.lineStart)),
            ("lineEnd", .int(segment.span.lineEnd)),
            ("byteStart", .int(segment.span.byteStart)),
            ("byteEnd", .int(segment.span.byteEnd)),
            ("text", .string(segment.text)),
        ])
    }

    private static func warning(_ warning: ParseWarning) -> JSONValue {
        .object([("byteOffset", warning.byteOffset.map { .int($0) } ?? .null), ("message", .string(warning.message))])
    }
}
