import Lexicon

/// One line of a platform profile: what kind of line a pattern recognises.
package struct ProfileRule: Hashable, Sendable {
    /// What a matching line is, or does to the parse.
    package enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A line that marks the platform: it counts toward detecting it.
        case detect
        /// A line that starts a post (`Posted`, `Post by {author} » {time}`).
        case postHeader
        /// A line that starts a comment, once a comment section has begun (news pages).
        case commentHeader
        /// A header line that may stand before a post header (`Posts: {count}`, member titles).
        case headerBefore
        /// A header line that may follow a post header (`(edited)`, `#{number}`).
        case headerAfter
        /// The thread title with a label (`Thread: {any}`): the `{any}` slot is the title.
        case titleLine
        /// A line that follows the thread title (`Recommended Posts`): the line before it is the title.
        case titleBefore
        /// A dateline or byline of an article (`Published On {time}`, `By {author}`).
        case dateline
        /// A line that introduces a quote (`{author} said:`).
        case quoteHeader
        /// A line that closes a quote (`Click to expand...`).
        case quoteEnd
        /// A reaction line (`• {reaction} {count}`, `Reactions: {names}`).
        case reaction
        /// A post's buttons (`Reply`, `Quote`, `Report`).
        case action
        /// A boilerplate line, named by the rule's name.
        case boilerplate
        /// A line that starts a block of boilerplate running to the next post header or the end.
        case boilerplateBlock
        /// A line that starts a signature, running to the end of the post.
        case signature
        /// A line that starts a comment section (`{count} Comments`).
        case commentsStart
        /// A boilerplate line recognised only before the first post (breadcrumbs, pagination).
        case preamble
    }

    /// The kind.
    package var kind: Kind
    /// The pattern.
    package var pattern: LinePattern
    /// The rule's name, shown as the segment's name (`sign-in block`).
    package var name: String
    /// Where the rule is written (`Lexicons/platforms/invision/text.tsv:12`).
    package var origin: String
}
