/// A point in a reply chain where the exchange got worse.
public struct Escalation: Hashable, Sendable {
    /// How the exchange got worse.
    public enum Kind: String, Hashable, Sendable {
        /// The first uncivil post of its branch: every post above it is civil.
        case turnedUncivil = "turned-uncivil"
        /// A post harsher than the uncivil post it replies to.
        case intensified
    }

    /// How the exchange got worse.
    public var kind: Kind
    /// The post where it happened.
    public var post: Int
    /// The post it replies to.
    public var parent: Int
    /// The parent's severity.
    public var from: Severity
    /// The post's severity.
    public var to: Severity
    /// For `turnedUncivil`, how many civil replies came before it in the chain (the opening post not counted).
    public var civilRepliesBefore: Int

    /// Creates an escalation.
    package init(kind: Kind, post: Int, parent: Int, from: Severity, to: Severity, civilRepliesBefore: Int) {
        self.kind = kind
        self.post = post
        self.parent = parent
        self.from = from
        self.to = to
        self.civilRepliesBefore = civilRepliesBefore
    }
}
