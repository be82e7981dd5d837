/// A text's stance toward one named target of the thread.
public struct TargetStanceResult: Codable, Hashable, Sendable {
    /// The target's name as given (`Iran`).
    public var target: String
    /// The stance.
    public var stance: TargetStance
    /// The evaluative words near the target's mentions that decided it.
    public var evidence: [Evidence]

    /// Creates a result.
    package init(target: String, stance: TargetStance, evidence: [Evidence]) {
        self.target = target
        self.stance = stance
        self.evidence = evidence
    }
}
