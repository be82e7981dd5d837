/// What a run of source lines is, once the page has been taken apart.
public enum SegmentKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// The thread's or article's headline.
    case title
    /// Page furniture: navigation, sign-in prompts, share widgets, forms. Named by `Segment.name`.
    case boilerplate
    /// A post's header: author, date, post number, member details.
    case postHeader
    /// A post's own words.
    case body
    /// The line that introduces a quote (`NAME said:`).
    case quoteHeader
    /// Quoted text inside a post.
    case quote
    /// A reaction count (`• Like 1`).
    case reaction
    /// An attached file's name (`photo.jpg`).
    case attachment
    /// A member's signature under a post.
    case signature
    /// A post's edit note (`Last edited by … on …`).
    case editNote
}
