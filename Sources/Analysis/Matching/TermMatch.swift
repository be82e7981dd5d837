/// A lexicon term found in a text: which entry, and which tokens it covers.
struct TermMatch: Hashable, Sendable {
    /// The index of the entry in its lexicon.
    var entry: Int
    /// The index of the first token covered.
    var first: Int
    /// The index one past the last token covered.
    var end: Int
}
