/// An entry of `sentiment.tsv`: an evaluative word for stance toward a named target.
public struct SentimentEntry: Hashable, Sendable {
    /// The term.
    public var term: LexiconTerm
    /// From -1 (strongly against) to 1 (strongly in favour).
    public var weight: Double
    /// Where it is defined.
    public var origin: String
}
