/// One post of a thread, or the article that opens a news page's comment section.
public struct Post: Codable, Hashable, Sendable {
    /// The post's position in the thread, from 0 (the opening post).
    public var index: Int
    /// The author's name, when the page shows it or a quote of the post names it.
    public var author: String?
    /// Whether `author` was inferred from a quote of this post rather than read from its header.
    public var authorInferred: Bool
    /// The post's date or time as the page shows it (`January 14`, `8 minutes ago`), raw.
    public var timestamp: String?
    /// The post's own words: quotes, reactions, attachments and signature left out.
    public var body: String
    /// What the post quotes, in order.
    public var quotes: [Quote]
    /// The reactions shown under the post.
    public var reactions: [Reaction]
    /// The names of attached files.
    public var attachments: [String]
    /// The post's signature, if the page shows one.
    public var signature: String?
    /// The index of the post this one replies to, when the page says so explicitly (threaded
    /// platforms); `nil` otherwise. The reply tree infers the rest.
    public var replyTo: Int?
    /// The lines the post spans, header to last reaction.
    public var span: SourceSpan

    /// Creates a post.
    public init(
        index: Int, author: String? = nil, authorInferred: Bool = false, timestamp: String? = nil,
        body: String = "", quotes: [Quote] = [], reactions: [Reaction] = [], attachments: [String] = [],
        signature: String? = nil, replyTo: Int? = nil, span: SourceSpan
    ) {
        self.index = index
        self.author = author
        self.authorInferred = authorInferred
        self.timestamp = timestamp
        self.body = body
        self.quotes = quotes
        self.reactions = reactions
        self.attachments = attachments
        self.signature = signature
        self.replyTo = replyTo
        self.span = span
    }
}
