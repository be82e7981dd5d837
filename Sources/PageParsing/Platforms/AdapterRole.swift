/// What a row of a platform's `html.tsv` finds: the first column of the row.
///
/// Page roles are matched once in the page; per-post roles belong to the nearest post element
/// that contains the match (the post element itself included), so a reply nested in another
/// post's element is the inner post's; quote roles belong to the nearest quote.
package enum AdapterRole: String, CaseIterable, Sendable {
    /// Recognises the platform: the third column is the row's weight (default 1).
    case detect
    /// Must match for the platform to be recognised at all.
    case require
    /// Each match is one post. Several `post` rows are alternatives, tried in file order: the
    /// first one that matches anything is used (Discourse's rendered view before its crawler view).
    case post
    /// The header of the post that is its next element sibling, standing just before the post
    /// element rather than in it (bbPress writes each reply's date, number and permalink in a
    /// `div.bbp-reply-header` before the reply): the per-post matches in it are that post's, and
    /// its other text is that post's furniture. An element not followed by a post is not a header.
    case postHeader = "post-header"
    /// Settings: `setting	roots	first-post` (posts the markup gives no parent reply to the first).
    case setting
    /// The post's platform id.
    case postID = "post-id"
    /// The post number as the forum shows it (`#12`).
    case postNumber = "post-number"
    /// The author's name.
    case author
    /// The author's profile link (take `attr:href` by default).
    case authorLink = "author-link"
    /// The post's time: its text as shown; with an `attr:` take, also the ISO 8601 time.
    case time
    /// The element holding the post's own words.
    case body
    /// A quote; a quote inside a quote is nested in it.
    case quote
    /// The quoted author, inside the quote (or the quote element itself).
    case quoteAuthor = "quote-author"
    /// The quoted post's id (or number), inside the quote (or the quote element itself).
    case quoteSource = "quote-source"
    /// The element of a quote that holds the quoted words (default: the quote minus its author).
    case quoteText = "quote-text"
    /// The header of the quote that is its next element sibling, standing just before the quote
    /// rather than in it (SMF 2.0's `div.quoteheader`, phpBB subsilver2's `div.quotetitle`): its
    /// text is the quote's header, and `quote-author` and `quote-source` matches in it are that
    /// quote's. An element not followed by a quote is the header of the quote around it.
    case quoteHeader = "quote-header"
    /// A reaction: its name (a number in the name is taken as its count: `3 Likes`).
    case reaction
    /// A reaction's count: inside the reaction, or paired in order with the post's reactions.
    case reactionCount = "reaction-count"
    /// The post's score or vote count.
    case score
    /// The member's signature.
    case signature
    /// The edit note.
    case editNote = "edit-note"
    /// Marks the post deleted, removed or ignored (matching the post element or inside it).
    case deleted
    /// The parent post's id or number (threaded platforms).
    case parentID = "parent-id"
    /// The post's nesting depth (a number: Hacker News' indent); the parent is the nearest
    /// earlier post less deep.
    case depth
    /// The next page's link (take `attr:href` by default).
    case nextPage = "next-page"
    /// The previous page's link (take `attr:href` by default).
    case previousPage = "prev-page"
    /// The canonical address (take `attr:href` by default).
    case canonical
    /// Page furniture; the third column names it (default `page furniture`).
    case boilerplate
    /// The thread's title.
    case title

    /// The roles whose matches belong to a post.
    package var isPerPost: Bool {
        switch self {
        case .postID, .postNumber, .author, .authorLink, .time, .body, .quote, .reaction, .reactionCount, .score,
            .signature, .editNote, .deleted, .parentID, .depth:
            true
        default: false
        }
    }

    /// The roles whose matches belong to a quote.
    package var isPerQuote: Bool { self == .quoteAuthor || self == .quoteSource || self == .quoteText }

    /// Whether the third column is a take (`text`, `attr:NAME`) rather than a weight or a name.
    package var hasTake: Bool { self != .detect && self != .boilerplate && self != .setting }

    /// Whether the row reads a value through its take, which a pattern (fourth column) may cut
    /// down; the structural roles (post, body, quote, signature…) read elements, not values.
    package var readsValue: Bool {
        switch self {
        case .detect, .require, .post, .postHeader, .setting, .body, .quote, .quoteText, .quoteHeader, .signature,
            .deleted, .boilerplate:
            false
        default: true
        }
    }

    /// The take when the row gives none.
    package var defaultTake: AdapterTake {
        switch self {
        case .authorLink, .nextPage, .previousPage, .canonical: .attribute(Array("href".utf8))
        default: .text
        }
    }
}
