/// A text's stance toward one named target of the thread.
public struct TargetStanceResult: Codable, Hashable, Sendable {
    /// The target's name as given (`Iran`).
    public var target: String
    /// The stance.
    public var stance: TargetStance
    /// The evaluative words near the target's mentions that decided it.
    public var evidence: [Evidence]
    /// The evidence past `OmittedEvidence.listedPerName` pieces of one entry or rule, counted
    /// instead of listed (empty for all but very long texts).
    public var omittedEvidence: [OmittedEvidence]

    /// Creates a result listing at most `OmittedEvidence.listedPerName` pieces of `evidence` per
    /// entry or rule and counting the rest.
    package init(target: String, stance: TargetStance, evidence: [Evidence]) {
        self.target = target
        self.stance = stance
        self.evidence = evidence
        omittedEvidence = OmittedEvidence.limit(&self.evidence)
    }

    private enum CodingKeys: String, CodingKey {
        case target, stance, evidence, omittedEvidence
    }

    /// Decodes a result; one saved before `omittedEvidence` existed has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = try container.decode(String.self, forKey: .target)
        stance = try container.decode(TargetStance.self, forKey: .stance)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
        omittedEvidence = try container.decodeIfPresent([OmittedEvidence].self, forKey: .omittedEvidence) ?? []
    }
}
