/// Text that a post quotes from another post.
public struct Quote: Codable, Hashable, Sendable {
    /// The quoted author as the quote header names them, or the author of the post found to hold the text.
    public var author: String?
    /// The index of the earlier post that holds the quoted text, when it is on the page.
    public var postIndex: Int?
    /// The time as the quote header gives it (`8 minutes ago`), raw.
    public var time: String?
    /// The quoted text.
    public var text: String
    /// Where the quote (header included) is in the page.
    public var span: SourceSpan
    /// The quoted post's id as the markup names it (`post: 1001`, `data-post-id="4"`), when it does.
    public var sourceID: String? = nil
    /// The quotes inside this quote, in order; their text is not part of ``text``.
    public var quotes: [Quote] = []

    /// Creates a quote.
    public init(author: String?, postIndex: Int?, time: String?, text: String, span: SourceSpan) {
        self.author = author
        self.postIndex = postIndex
        self.time = time
        self.text = text
        self.span = span
    }
}
