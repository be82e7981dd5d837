import Lexicon

/// How one platform's pages read when their text is copied: the visible words of its UI.
///
/// Loaded from `Lexicons/platforms/NAME/text.tsv` (columns `kind`, `pattern`, `name`); the rules of
/// `platforms/common.tsv` apply to every platform.
package struct PlatformProfile: Hashable, Sendable {
    /// Settings a profile may give with `setting	KEY	VALUE` lines.
    package struct Settings: Hashable, Sendable {
        /// Whether the line just before a post header may be the author's name (`authorBefore	yes`).
        package var authorBefore = false
        /// Whether the line just after a post header and its date may be the author's name (`authorAfter	yes`).
        package var authorAfter = false
        /// Whether the page is an article whose body is post 0 (`article	yes`).
        package var article = false
    }

    /// The platform's name (`invision`).
    package var name: String
    /// The rules, in file order.
    package var rules: [ProfileRule]
    /// The settings.
    package var settings: Settings

    /// The rules of `kind`, in file order.
    package func rules(_ kind: ProfileRule.Kind) -> [ProfileRule] {
        rules.filter { $0.kind == kind }
    }
}
