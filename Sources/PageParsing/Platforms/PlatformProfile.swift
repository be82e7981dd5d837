import Lexicon

/// How one platform's pages read when their text is copied: the visible words of its UI.
///
/// Loaded from `Lexicons/platforms/NAME/text.tsv` (columns `kind`, `pattern`, `name`); the rules of
/// `platforms/common.tsv` apply to every platform.
public struct PlatformProfile: Hashable, Sendable {
    /// Settings a profile may give with `setting	KEY	VALUE` lines.
    public struct Settings: Hashable, Sendable {
        /// Whether the line just before a post header may be the author's name (`authorBefore	yes`).
        public var authorBefore = false
        /// Whether the line just after a post header and its date may be the author's name (`authorAfter	yes`).
        public var authorAfter = false
        /// Whether the page is an article whose body is post 0 (`article	yes`).
        public var article = false
    }

    /// The platform's name (`invision`).
    public var name: String
    /// The rules, in file order.
    public var rules: [ProfileRule]
    /// The settings.
    public var settings: Settings

    /// The rules of `kind`, in file order.
    public func rules(_ kind: ProfileRule.Kind) -> [ProfileRule] {
        rules.filter { $0.kind == kind }
    }
}
