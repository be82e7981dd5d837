/// An entry of a topic lexicon (`topics/<topic>.tsv`): a word or phrase that names the topic's
/// target, its other side, someone or something related to it, or that carries a stance on it.
package struct TopicEntry: Hashable, Sendable {
    /// What an entry is to the topic.
    package enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A name or spelling of the target itself (`abortion`, `hillary clinton`): a thread target
        /// written so resolves to the topic, and evaluative words near it count as they lean.
        case name
        /// A name of the other side of the debate (`religion` for atheism, `russia` for Ukraine): a
        /// thread target written so resolves to the topic with every polarity reversed, and
        /// evaluative words near it count reversed.
        case opposite
        /// A person, group or thing on one side of the debate whose mere mention says nothing (for
        /// Israel, `hamas`; for climate change, `climate deniers`); `weight` in [-1, 1] is its
        /// polarity toward the target: evaluative words near it count multiplied by it ("Hamas are
        /// terrorists" is for Israel).
        case side
        /// A person, group, place or symbol tied to the topic; `weight` in [-1, 1] is its polarity
        /// toward the target (for atheism `god` is -0.5): a mention counts `weight`, and evaluative
        /// words near it count multiplied by it.
        case related
        /// A hashtag, slogan or phrase that states a stance on its own (`#prolife`, `my body my
        /// choice`); `weight` in [-1, 1], positive for the target. A negator before it reverses it.
        case cue
        /// An evaluative word that counts in this topic (`hoax` for climate change); `weight` in
        /// [-1, 1] toward what it is said of: near a mention it leans with that mention's polarity,
        /// elsewhere in the text it counts half, toward the target.
        case evaluative
    }

    /// The term.
    package var term: LexiconTerm
    /// What it is to the topic.
    package var kind: Kind
    /// The polarity or stance weight in [-1, 1] (1 for `name`, -1 for `opposite`).
    package var weight: Double
    /// Where it is defined (`Lexicons/topics/abortion.tsv:12`).
    package var origin: String
}
