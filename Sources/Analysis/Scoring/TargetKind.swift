/// At whom a post's incivility is aimed.
public enum TargetKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Someone taking part in the thread: "you", an @mention, the author being quoted or replied to.
    case participant
    /// A group or identity ("immigrants", "liberals").
    case group
    /// Someone outside the thread: a public figure, a country, an institution.
    case thirdParty = "third-party"
}
