/// A run of source lines of one kind; the parse's segments cover every non-blank line once.
public struct Segment: Codable, Hashable, Sendable {
    /// What the lines are.
    public var kind: SegmentKind
    /// For boilerplate and headers, which lexicon rule recognised them (`sign-in block`).
    public var name: String?
    /// The index of the post the lines belong to, if any.
    public var post: Int?
    /// Where the lines are in the page.
    public var span: SourceSpan
    /// The lines' text as it stands in the page, line breaks included.
    public var text: String

    /// Creates a segment.
    public init(kind: SegmentKind, name: String? = nil, post: Int? = nil, span: SourceSpan, text: String) {
        self.kind = kind
        self.name = name
        self.post = post
        self.span = span
        self.text = text
    }
}
