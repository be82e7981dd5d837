/// One named feature of a reply, as the weights layer reads it: a stance cue (`cue:yeah`), a rule
/// (`rule:final-question`), a word (`word:fake`), with its value and the tokens it covers.
package struct NamedFeature: Hashable, Sendable {
    /// The feature's name, as the weights file lists it.
    package var name: String
    /// Its value (1 for a feature that is present; a share or a sum for the others).
    package var value: Double
    /// The tokens it covers (`first..<end`), when it has a place in the text.
    var tokens: Range<Int>?
    /// Whether a lexicon entry or a rule produced it.
    var source: Evidence.Source
}

/// The prefixes of the feature names, so that the extractor, the README and the tests agree.
package enum StanceFeatureName {
    /// A stance cue of `stance.tsv` (`cue:not true`).
    package static let cue = "cue:"
    /// A stance cue under a negator (`negated-cue:agree`).
    package static let negatedCue = "negated-cue:"
    /// The hand weights of a class's cues, summed as the lexicon rules weigh them (`lexicon:deny`).
    package static let lexicon = "lexicon:"
    /// A class's cue that opens the reply, after its @mentions (`opening:support`: "Yeah, …").
    package static let opening = "opening:"
    /// The reply's first word after its @mentions (`first:why`).
    package static let firstWord = "first:"
    /// A word of the reply, lowercased, hashtags with their `#` (`word:#fakenews`).
    package static let word = "word:"
    /// A rule about the reply's shape or its parent (`rule:retweet`).
    package static let rule = "rule:"
}
