/// A post's stance toward a named target of the thread.
public enum TargetStance: String, Codable, Hashable, Sendable, CaseIterable {
    case favour, against, none
}
