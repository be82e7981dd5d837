/// One post replying to another, with the evidence for it.
public struct ReplyEdge: Codable, Hashable, Sendable {
    /// The index of the replying post.
    public var from: Int
    /// The index of the post replied to.
    public var to: Int
    /// What kind of evidence links the two.
    public var kind: ReplyEdgeKind
    /// How sure the link is, in [0, 1] (the README lists the value for each kind).
    public var confidence: Double
    /// The evidence in words: `quotes Alice`, `mentions @bob`, `opens with "Yeah"`.
    public var evidence: String
    /// Seconds between the parent and the reply, when relative times on the page give it.
    public var latency: Int?

    /// Creates an edge.
    package init(from: Int, to: Int, kind: ReplyEdgeKind, confidence: Double, evidence: String, latency: Int? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.confidence = confidence
        self.evidence = evidence
        self.latency = latency
    }
}
