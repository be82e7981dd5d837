/// An incivility category from `categories.tsv`: its name and weight multiplier.
public struct IncivilityCategory: Hashable, Sendable {
    /// The name entries refer to (`insult`).
    public var name: String
    /// What the category covers.
    public var description: String
    /// The multiplier applied to every entry of the category (1.0 by default).
    public var weight: Double
    /// Where it is defined (`Lexicons/categories.tsv:4`).
    public var origin: String

    /// The categories known when no `categories.tsv` is given.
    public static let standardNames = [
        "insult", "aspersion", "lying", "vulgarity", "pejorative-speech", "threat", "identity-attack", "dehumanisation",
    ]
}
