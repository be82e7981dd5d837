/// An entry of `modifiers.tsv`: a word that changes the weight of the cues near it.
package struct ModifierEntry: Hashable, Sendable {
    /// What a modifier does.
    package enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Cancels the cues within `value` tokens after it ("not an idiot").
        case negator
        /// Multiplies the next cue by `value` > 1 ("total idiot").
        case booster
        /// Multiplies the next cue by `value` < 1 ("a bit silly").
        case dampener
        /// The clause after it weighs `value`×, the clause before it 1/`value`× ("but").
        case contrast
        /// Says a cue after it instead of negating it: the cue is not cancelled and weighs `value`×
        /// ("don't be an idiot", "stop being a jerk"); being longer, it wins over its negator.
        case prohibitive
        /// The speaker speaking of themselves: an insult, aspersion, pejorative or accusation of lying
        /// after it, with no one else named between, weighs `value`× ("I'm such an idiot").
        case selfReference = "self-reference"
        /// Reported speech: such a cue after it weighs `value`× ("he called me an idiot").
        case reportedSpeech = "reported-speech"
        /// Reported or passive violence: a threat after it weighs `value`× ("was killed", "police said").
        case reportedViolence = "reported-violence"
        /// An idea, not a person: a pejorative, insult, aspersion or accusation of lying after it that
        /// is aimed at no participant weighs `value`× ("that's nonsense", "this is stupid").
        case idea
        /// Addresses a participant: a strong negative evaluative word of `sentiment.tsv` after it that no
        /// entry lists becomes an insult of `value` × its weight ("you are hopeless", "you sound unhinged").
        case address
    }

    /// The term.
    package var term: LexiconTerm
    /// What it does.
    package var kind: Kind
    /// The window in tokens (negator), the share of the word's weight (address) or the multiplier (the others).
    package var value: Double
    /// Where it is defined.
    package var origin: String
}
