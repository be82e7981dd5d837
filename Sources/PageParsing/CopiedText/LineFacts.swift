import Lexicon

/// What one line could be under a platform profile, before its place in the page decides.
struct LineFacts: Sendable {
    /// The first matching rule of each kind (a line matches few kinds, so a list is fastest).
    var matches: ArraySlice<RuleMatch> = []
    /// Whether the line is a date or time on its own.
    var isTime = false
    /// The attachment's file name, when the line names an attached file.
    var attachment: String?
    /// Whether the line could be a member name.
    var isAuthorLike = false

    /// The match of `kind`, if any.
    subscript(_ kind: ProfileRule.Kind) -> RuleMatch? {
        matches.first { $0.kind == kind }
    }
}
