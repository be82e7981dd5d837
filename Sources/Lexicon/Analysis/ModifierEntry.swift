/// An entry of `modifiers.tsv`: a word that changes the weight of the cues near it.
public struct ModifierEntry: Hashable, Sendable {
    /// What a modifier does.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Cancels the cues within `value` tokens after it ("not an idiot").
        case negator
        /// Multiplies the next cue by `value` > 1 ("total idiot").
        case booster
        /// Multiplies the next cue by `value` < 1 ("a bit silly").
        case dampener
        /// The clause after it weighs `value`×, the clause before it 1/`value`× ("but").
        case contrast
    }

    /// The term.
    public var term: LexiconTerm
    /// What it does.
    public var kind: Kind
    /// The window in tokens (negator) or the multiplier (the others).
    public var value: Double
    /// Where it is defined.
    public var origin: String
}
