import Lexicon

/// A profile rule that matched a line, with what its slots captured. It keeps the rule's kind
/// and name, not the rule, so that a match is copied without its pattern.
struct RuleMatch: Sendable {
    /// The rule's kind.
    var kind: ProfileRule.Kind
    /// The rule's name (the segment name its lines get).
    var name: String
    /// The captured values, the first capture of each slot, in capture order (a rule has few slots).
    private var captures: [(slot: LinePattern.Slot, value: String)]

    /// A match of `rule` with `captures`; a slot's later captures are dropped.
    init(rule: ProfileRule, captures: [(slot: LinePattern.Slot, value: String)]) {
        kind = rule.kind
        name = rule.name
        self.captures = []
        for capture in captures where self[capture.slot] == nil { self.captures.append(capture) }
    }

    /// The first value captured by `slot`, if any.
    subscript(_ slot: LinePattern.Slot) -> String? {
        captures.first { $0.slot == slot }?.value
    }
}
