/// A setting a lexicon case is re-run in.
package enum LexiconCaseVariant: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The text as written.
    case plain
    /// With an emoji and a space before it (offsets shift by a multibyte prefix).
    case emojiPrefix = "emoji prefix"
    /// In ALL CAPS: the band may rise, never fall; `band=none` stays none.
    case allCaps = "all caps"
    /// Quoted by a reply: the reply's own words must score none.
    case quoted

    package var description: String { rawValue }

    /// The prefix of the emoji variant.
    static let emoji = "🙂 "
    /// The reply that quotes the case in the quoted variant.
    static let quotingReply = "Quoting this for the record."
}
