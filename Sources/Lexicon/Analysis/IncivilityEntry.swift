/// An entry of `incivility.tsv`: a term, how uncivil one occurrence is, and its category.
package struct IncivilityEntry: Hashable, Sendable {
    /// The term.
    package var term: LexiconTerm
    /// How uncivil one occurrence is on its own, in (0, 1].
    package var weight: Double
    /// The category's name.
    package var category: String
    /// Where it is defined (`Lexicons/incivility.tsv:42`).
    package var origin: String

    /// Creates an entry (the analyzer makes one for an evaluative word said to a participant).
    package init(term: LexiconTerm, weight: Double, category: String, origin: String) {
        self.term = term
        self.weight = weight
        self.category = category
        self.origin = origin
    }
}
