/// A text's stance toward the post it replies to, with the cues that decided it.
public struct StanceResult: Codable, Hashable, Sendable {
    /// One class's summed weight, when learned weights decided.
    public struct Score: Codable, Hashable, Sendable {
        /// The class.
        public var stance: ReplyStance
        /// The sum of its weights over the features present.
        public var score: Double
    }

    /// The stance.
    public var stance: ReplyStance
    /// The cues that fired (with learned weights: every feature present that has a weight,
    /// contributing its weight toward `stance`).
    public var cues: [Evidence]
    /// Per class, in `ReplyStance.allCases` order, the summed weights; empty for the hand rules.
    public var scores: [Score]

    /// Creates a result.
    package init(stance: ReplyStance, cues: [Evidence], scores: [Score] = []) {
        self.stance = stance
        self.cues = cues
        self.scores = scores
    }
}
