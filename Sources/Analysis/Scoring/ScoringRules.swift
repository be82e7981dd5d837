/// The constants of the scoring rules, in one place so that the README and the tests quote them.
///
/// A cue's weight is its lexicon weight × its category's weight, then multiplied by each rule that
/// applies; the text's score is `1 - Π(1 - w)` over its cues, capped at 1.
package enum ScoringRules {
    /// A cue in ALL CAPS (two or more letters) in a text that is not all caps weighs this much more.
    package static let allCapsBoost = 1.25
    /// How much one negative evaluative word (`sentiment.tsv`, weight −1) adds to a text's tone.
    package static let toneWeight = 0.15
    /// A cue cancelled by negation adds this share of its weight to the tone ("not an idiot" still names one).
    package static let negatedCueTone = 0.5
    /// Each mention of a group adds this much to the tone.
    package static let groupTone = 0.2
    /// Each mention of a participant adds this much to the tone.
    package static let addressTone = 0.05
    /// At most this share of the distance to the band's upper cut-off is added for tone.
    package static let toneShareOfBand = 0.5
    /// Learned incivility weights move a score this share of the way toward their probability's
    /// point in its band (`weights/incivility.tsv`; the band never changes).
    package static let weightsShareOfBand = 0.5
    /// The rule that shows the learned weights' change to a score, and prefixes each feature's part.
    package static let weightsRule = "weights"
    /// How many of the features that move the learned probability most are listed as evidence.
    package static let weightsListed = 3
    /// Each `!` ending the cue's sentence adds this share (up to `punctuationLimit` marks).
    package static let exclamationBoost = 0.08
    /// Each `?` past the first ending the cue's sentence adds this share (up to `punctuationLimit` marks).
    package static let questionBoost = 0.05
    /// The most repeated marks counted.
    package static let punctuationLimit = 4
    /// How far (in words) before a cue a booster or dampener still applies.
    package static let modifierWindow = 3
    /// A negated cue keeps this share of its weight ("not an idiot").
    package static let negatedShare = 0.0
    /// The categories negation does not cancel: profanity and slurs are said even when negated
    /// ("I don't give a shit", "he's no [slur]").
    package static let unnegatedCategories: Set<String> = ["vulgarity", "identity-attack", "sexual-harassment"]
    /// How far (in words) before a cue a context modifier (self-reference, reported speech, reported
    /// violence, idea) still applies.
    package static let contextWindow = 4
    /// The categories of personal attack that self-reference, reported speech and ideas soften.
    package static let personalCategories: Set<String> = ["insult", "aspersion", "pejorative-speech", "lying"]
    /// The words that may stand between a self-reference or idea modifier and its cue, besides other
    /// modifiers: articles and degree words ("I'm *such an* idiot", "that's *a* joke").
    package static let predicateFillers: Set<[UInt8]> = Set(
        [
            "a", "an", "the", "such", "so", "just", "really", "being", "bit", "of", "kind", "sort", "little", "big",
            "huge",
            "total", "complete", "absolute", "utter", "real", "proper", "right", "pure", "some",
        ].map { Array($0.utf8) })
    /// Self-reference softens only entries lighter than this: a slur said of oneself is still said.
    package static let selfReferenceLimit = 0.6
    /// The category reported violence softens.
    package static let threatCategory = "threat"
    /// Profanity aimed at no one right before a positive word is an intensifier ("fucking brilliant")…
    package static let intensifierCategory = "vulgarity"
    /// …that keeps this share of its weight.
    package static let intensifierShare = 0.7
    /// A `sentiment.tsv` word at least this positive makes profanity before it an intensifier.
    package static let intensifiedSentiment = 0.3
    /// A `sentiment.tsv` word at most this negative (as a magnitude) said after an `address` modifier is an insult.
    package static let addressThreshold = 0.6
    /// The category of an evaluative word said to a participant.
    package static let addressedCategory = "insult"
    /// The weight multiplier by whom a cue is aimed at; participant-directed weighs most.
    package static func directedness(_ target: TargetKind?) -> Double {
        switch target {
        case .participant: 1.3
        case .group: 1.1
        case .thirdParty: 0.9
        case nil: 0.8
        }
    }

    /// The name of the directedness rule as evidence shows it (`target:participant`).
    package static func directednessRule(_ target: TargetKind?) -> String {
        switch target {
        case .participant: "target:participant"
        case .group: "target:group"
        case .thirdParty: "target:third-party"
        case nil: "target:none"
        }
    }

    /// A stance needs at least this much cue weight, or the reply is a comment.
    package static let stanceThreshold = 0.3
    /// Stance cues in the first clause of a reply ("Yeah, …", "No, …") weigh this much more.
    package static let openingCueBoost = 1.5
    /// An information-seeking question (the reply ends on it or asks only) counts this much toward query.
    package static let questionQueryWeight = 0.5
    /// With learned weights, a reply they call a comment takes the stance of its lexicon cues when
    /// those reach this much hand weight (an opening "Yeah," is 0.45 × 1.5).
    package static let clearCueWeight = 0.6
    /// A negated support cue counts toward deny (and a negated deny cue toward support) with this share.
    package static let negatedStanceShare = 0.8

    /// How far (in words) from a target's mention an evaluative word still counts.
    package static let targetWindow = 6
    /// A target stance needs a net sentiment beyond this, or it is none.
    package static let targetStanceThreshold = 0.2
    /// A topic's evaluative word far from every mention counts this share of its weight, toward the target.
    package static let unanchoredTopicShare = 0.5
    /// A negated evaluative word counts with this sign and share (VADER's -0.74).
    package static let negatedSentimentShare = -0.74
}
