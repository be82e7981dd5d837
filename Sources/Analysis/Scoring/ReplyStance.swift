/// A post's stance toward the post it replies to (the SemEval RumourEval classes).
public enum ReplyStance: String, Codable, Hashable, Sendable, CaseIterable {
    case support, deny, query, comment
}
