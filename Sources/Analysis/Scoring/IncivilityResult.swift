/// How uncivil a text is, toward whom, and why.
public struct IncivilityResult: Codable, Hashable, Sendable {
    /// A graded score in [0, 1]: weak cues count a little, so that texts can be ranked.
    public var score: Double
    /// The band `score` falls in.
    public var severity: Severity
    /// The categories that contributed, strongest first (`insult`, `vulgarity`).
    public var categories: [String]
    /// At whom the incivility is aimed, when there is any.
    public var target: TargetKind?
    /// The entries and rules that fired.
    public var evidence: [Evidence]
    /// The evidence past `OmittedEvidence.listedPerName` pieces of one entry or rule, counted
    /// instead of listed (empty for all but very long texts).
    public var omittedEvidence: [OmittedEvidence]

    /// Creates a result listing at most `OmittedEvidence.listedPerName` pieces of `evidence` per
    /// entry or rule and counting the rest.
    package init(score: Double, severity: Severity, categories: [String], target: TargetKind?, evidence: [Evidence]) {
        self.score = score
        self.severity = severity
        self.categories = categories
        self.target = target
        self.evidence = evidence
        omittedEvidence = OmittedEvidence.limit(&self.evidence)
    }

    private enum CodingKeys: String, CodingKey {
        case score, severity, categories, target, evidence, omittedEvidence
    }

    /// Decodes a result; one saved before `omittedEvidence` existed has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        score = try container.decode(Double.self, forKey: .score)
        severity = try container.decode(Severity.self, forKey: .severity)
        categories = try container.decode([String].self, forKey: .categories)
        target = try container.decodeIfPresent(TargetKind.self, forKey: .target)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
        omittedEvidence = try container.decodeIfPresent([OmittedEvidence].self, forKey: .omittedEvidence) ?? []
    }

    /// A civil text: score 0, no evidence.
    package static let civil = IncivilityResult(score: 0, severity: .none, categories: [], target: nil, evidence: [])
}
