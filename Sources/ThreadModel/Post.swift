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
    /// The parent post's id or number as the markup names it (NodeBB's `data-parent-pid`, a
    /// "Parent" link), kept whether or not the parent is on the page, so that the pages of a
    /// thread merged together can find a parent on an earlier page.
    public var parentID: String? = nil
    /// Whether ``replyTo`` is the opening post by the platform's rule (`setting roots
    /// first-post`: on a threaded platform a comment nested under no other answers the thread)
    /// rather than by the markup; merged pages point such a post at the first page's opening post.
    public var repliesToThread: Bool = false
    /// The platform's own id of the post (`post-1001`, `t1_abc`), when the markup gives one.
    public var platformID: String? = nil
    /// The post's number as the forum shows it (`#12` is 12); `nil` when the page shows none
    /// (reports then count the post's position from 1).
    public var number: Int? = nil
    /// The address of the author's profile, when the page links it.
    public var authorLink: String? = nil
    /// The post's time as ISO 8601, when the markup gives one (`<time datetime>`, `data-time`).
    public var isoTime: String? = nil
    /// Whether the page shows the post as deleted, removed or ignored.
    public var isDeleted: Bool = false
    /// The post's edit note (`Last edited by … on …`), when it has one.
    public var editNote: String? = nil
    /// The post's score or vote count, when the page shows one.
    public var score: Int? = nil

    /// The number a moderator sees on the page: ``number`` when the forum shows one, else the
    /// post's position counted from 1.
    public var displayNumber: Int { number ?? index + 1 }

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
