/// An entry of `targets.tsv`: a word that names who a remark is aimed at.
package struct TargetEntry: Hashable, Sendable {
    /// Whom the word names.
    package enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Someone in the thread: second person ("you", "your").
        case participant
        /// A group or identity ("immigrants").
        case group
        /// Someone outside the thread: a public figure's role, an institution, a country.
        case thirdParty = "third-party"
    }

    /// The term.
    package var term: LexiconTerm
    /// Whom it names.
    package var kind: Kind
    /// Where it is defined.
    package var origin: String
}
