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
    /// How many cues `keepStrongestCues` left out of `cues` (0 when all are listed).
    public var omittedCueCount: Int
    /// The summed contribution of the cues left out.
    public var omittedCueContribution: Double

    /// Creates a result.
    package init(stance: ReplyStance, cues: [Evidence], scores: [Score] = []) {
        self.stance = stance
        self.cues = cues
        self.scores = scores
        omittedCueCount = 0
        omittedCueContribution = 0
    }

    private enum CodingKeys: String, CodingKey {
        case stance, cues, scores, omittedCueCount, omittedCueContribution
    }

    /// Decodes a result; one saved before cues were counted has none left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stance = try container.decode(ReplyStance.self, forKey: .stance)
        cues = try container.decode([Evidence].self, forKey: .cues)
        scores = try container.decode([Score].self, forKey: .scores)
        omittedCueCount = try container.decodeIfPresent(Int.self, forKey: .omittedCueCount) ?? 0
        omittedCueContribution = try container.decodeIfPresent(Double.self, forKey: .omittedCueContribution) ?? 0
    }
}
