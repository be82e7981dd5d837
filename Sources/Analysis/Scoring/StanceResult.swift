/// A text's stance toward the post it replies to, with the cues that decided it.
public struct StanceResult: Codable, Hashable, Sendable {
    /// The stance.
    public var stance: ReplyStance
    /// The cues that fired.
    public var cues: [Evidence]

    /// Creates a result.
    public init(stance: ReplyStance, cues: [Evidence]) {
        self.stance = stance
        self.cues = cues
    }
}
