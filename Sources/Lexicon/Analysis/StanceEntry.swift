/// An entry of `stance.tsv`: a cue of a reply's stance toward the post it answers.
package struct StanceEntry: Hashable, Sendable {
    /// The stance a cue points to.
    package enum Kind: String, Hashable, Sendable, CaseIterable {
        case support, deny, query
    }

    /// The cue.
    package var term: LexiconTerm
    /// How strongly it points, in (0, 1].
    package var weight: Double
    /// The stance it points to.
    package var stance: Kind
    /// Where it is defined.
    package var origin: String
}
