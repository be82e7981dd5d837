/// One named feature of a reply, as the weights layer reads it: a stance cue (`cue:yeah`), a rule
/// (`rule:final-question`), a word (`word:fake`), with its value and the tokens it covers.
public struct NamedFeature: Hashable, Sendable {
    /// The feature's name, as the weights file lists it.
    public var name: String
    /// Its value (1 for a feature that is present; a share or a sum for the others).
    public var value: Double
    /// The tokens it covers (`first..<end`), when it has a place in the text.
    var tokens: Range<Int>?
    /// Whether a lexicon entry or a rule produced it.
    var source: Evidence.Source
}

/// The prefixes of the feature names, so that the extractor, the README and the tests agree.
public enum StanceFeatureName {
    /// A stance cue of `stance.tsv` (`cue:not true`).
    public static let cue = "cue:"
    /// A stance cue under a negator (`negated-cue:agree`).
    public static let negatedCue = "negated-cue:"
    /// The hand weights of a class's cues, summed as the lexicon rules weigh them (`lexicon:deny`).
    public static let lexicon = "lexicon:"
    /// A class's cue that opens the reply, after its @mentions (`opening:support`: "Yeah, …").
    public static let opening = "opening:"
    /// The reply's first word after its @mentions (`first:why`).
    public static let firstWord = "first:"
    /// A word of the reply, lowercased, hashtags with their `#` (`word:#fakenews`).
    public static let word = "word:"
    /// A rule about the reply's shape or its parent (`rule:retweet`).
    public static let rule = "rule:"
}
