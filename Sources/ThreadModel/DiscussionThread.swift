/// A parsed page: a forum thread or a news article with its comments.
public struct DiscussionThread: Codable, Hashable, Sendable {
    /// Where the page came from: a path, or `-` for standard input.
    public var source: String
    /// The thread's title or the article's headline, when the page has one.
    public var title: String?
    /// The platform whose shape the page was read as (`invision`, `news`, `phpbb`, `xenforo`).
    public var platform: String
    /// The posts, in page order.
    public var posts: [Post]
    /// Whether post 0 is the article of a news page rather than a member's post: it is then the
    /// page's content, scored but never queued for moderation.
    public var openingPostIsArticle: Bool
    /// Every non-blank line of the page, in runs of one kind.
    public var segments: [Segment]
    /// The file's format: `text` (copied text), `html` or `mhtml`. The spans of an HTML or MHTML
    /// page point into its rendered text.
    public var format: String
    /// The encoding the page was read as (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`).
    public var encoding: String
    /// Problems met while reading the page that did not stop it (bad bytes, an odd encoding).
    public var warnings: [ParseWarning]
    /// Which method found the posts (`html:xenforo` for a platform's DOM adapter, `text:xenforo`
    /// for its copied-text profile), and how sure it is.
    public var adapter: AdapterMatch? = nil
    /// The page's canonical address, when its markup names one.
    public var canonicalURL: String? = nil
    /// The address of the thread's next page, when the page links it.
    public var nextPageURL: String? = nil
    /// The address of the thread's previous page, when the page links it.
    public var previousPageURL: String? = nil
    /// The pages this thread was merged from and why, when it was merged from more than one.
    public var merge: PageMerge? = nil

    /// Creates a thread.
    public init(
        source: String, title: String?, platform: String, posts: [Post], segments: [Segment],
        openingPostIsArticle: Bool = false, format: String = "text", encoding: String = "utf-8",
        warnings: [ParseWarning] = []
    ) {
        self.source = source
        self.title = title
        self.platform = platform
        self.posts = posts
        self.openingPostIsArticle = openingPostIsArticle
        self.segments = segments
        self.format = format
        self.encoding = encoding
        self.warnings = warnings
    }
}
