import Lexicon

/// What the incivility rules ask of an entry, worked out once per analyzer instead of at every cue:
/// its name as evidence shows it, its weight with its category's, and which category sets it is in.
struct CueTraits: Sendable {
    /// The entry's term as written (`idiot*`).
    let name: String
    /// The entry's weight × its category's weight, at most 1.
    let weight: Double
    /// Negation does not cancel it (`ScoringRules.unnegatedCategories`).
    let isUnnegated: Bool
    /// A personal attack that self-reference, reported speech and ideas soften
    /// (`ScoringRules.personalCategories`).
    let isPersonal: Bool
    /// Profanity that can be an intensifier (`ScoringRules.intensifierCategory`).
    let isIntensifier: Bool
    /// A threat, which reported violence softens (`ScoringRules.threatCategory`).
    let isThreat: Bool
    /// In a reply with no one named, aimed at the participant replied to (insult, lying, pejorative-speech).
    let isAimedAtParticipant: Bool
    /// With no one named, aimed at a group (identity attack, dehumanisation).
    let isAimedAtGroup: Bool

    /// The traits of `entry`, whose category weighs `categoryWeights[entry.category]` (1 when absent).
    init(_ entry: IncivilityEntry, categoryWeights: [String: Double]) {
        let category = entry.category
        name = entry.term.description
        weight = min(1, entry.weight * (categoryWeights[category] ?? 1))
        isUnnegated = ScoringRules.unnegatedCategories.contains(category)
        isPersonal = ScoringRules.personalCategories.contains(category)
        isIntensifier = category == ScoringRules.intensifierCategory
        isThreat = category == ScoringRules.threatCategory
        isAimedAtParticipant = ["insult", "lying", "pejorative-speech"].contains(category)
        isAimedAtGroup = ["identity-attack", "dehumanisation"].contains(category)
    }
}
