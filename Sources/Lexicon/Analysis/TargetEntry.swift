/// An entry of `targets.tsv`: a word that names who a remark is aimed at.
public struct TargetEntry: Hashable, Sendable {
    /// Whom the word names.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Someone in the thread: second person ("you", "your").
        case participant
        /// A group or identity ("immigrants").
        case group
        /// Someone outside the thread: a public figure's role, an institution, a country.
        case thirdParty = "third-party"
    }

    /// The term.
    public var term: LexiconTerm
    /// Whom it names.
    public var kind: Kind
    /// Where it is defined.
    public var origin: String
}
