/// How uncivil a post is, in bands a moderator can act on.
///
/// The bands are cut from `IncivilityScore.score`; the cut-offs are documented in the README.
public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case none, low, medium, high

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
