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

    /// Creates a result.
    package init(score: Double, severity: Severity, categories: [String], target: TargetKind?, evidence: [Evidence]) {
        self.score = score
        self.severity = severity
        self.categories = categories
        self.target = target
        self.evidence = evidence
    }

    /// A civil text: score 0, no evidence.
    package static let civil = IncivilityResult(score: 0, severity: .none, categories: [], target: nil, evidence: [])
}
