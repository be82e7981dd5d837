/// An entry of `sentiment.tsv`: an evaluative word for stance toward a named target.
package struct SentimentEntry: Hashable, Sendable {
    /// The term.
    package var term: LexiconTerm
    /// From -1 (strongly against) to 1 (strongly in favour).
    package var weight: Double
    /// Where it is defined.
    package var origin: String
}
