import Lexicon

/// A profile rule that matched a line, with what its slots captured.
struct RuleMatch: Sendable {
    /// The rule.
    var rule: ProfileRule
    /// The captured values by slot (the first capture of each slot).
    var values: [LinePattern.Slot: String]
}
