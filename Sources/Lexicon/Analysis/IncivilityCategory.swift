/// An incivility category from `categories.tsv`: its name and weight multiplier.
package struct IncivilityCategory: Hashable, Sendable {
    /// The name entries refer to (`insult`).
    package var name: String
    /// What the category covers.
    package var description: String
    /// The multiplier applied to every entry of the category (1.0 by default).
    package var weight: Double
    /// Where it is defined (`Lexicons/categories.tsv:4`).
    package var origin: String

    /// The categories known when no `categories.tsv` is given.
    package static let standardNames = [
        "insult", "aspersion", "lying", "vulgarity", "pejorative-speech", "threat", "identity-attack", "dehumanisation",
    ]
}
