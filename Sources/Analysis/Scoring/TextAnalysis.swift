/// Everything the analyzer says about one text (a post's own words).
public struct TextAnalysis: Codable, Hashable, Sendable {
    /// How uncivil the text is.
    public var incivility: IncivilityResult
    /// The stance toward the parent text, when one was given.
    public var replyStance: StanceResult?
    /// The stance toward each target given, in the order given.
    public var targetStances: [TargetStanceResult]

    /// Creates an analysis.
    package init(incivility: IncivilityResult, replyStance: StanceResult?, targetStances: [TargetStanceResult]) {
        self.incivility = incivility
        self.replyStance = replyStance
        self.targetStances = targetStances
    }
}
