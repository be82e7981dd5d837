/// An entry of `stance.tsv`: a cue of a reply's stance toward the post it answers.
public struct StanceEntry: Hashable, Sendable {
    /// The stance a cue points to.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case support, deny, query
    }

    /// The cue.
    public var term: LexiconTerm
    /// How strongly it points, in (0, 1].
    public var weight: Double
    /// The stance it points to.
    public var stance: Kind
    /// Where it is defined.
    public var origin: String
}
