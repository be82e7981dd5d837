/// The parts of a queue entry's priority, in points.
///
/// `priority = severity + participant + amplification + escalation`, at most 100:
/// - severity: the incivility score × 60, rounded (0–60);
/// - participant: 20 when the incivility is aimed at someone taking part in the thread;
/// - amplification: 2 points per approving reaction on the post (weights in
///   the `amplifies` column of `Lexicons/reactions.tsv`), at most 10;
/// - escalation: 10 when the post turned a civil exchange uncivil or is harsher than its parent.
public struct PriorityBreakdown: Hashable, Sendable {
    /// Points from the incivility score.
    public var severity: Int
    /// Points for a participant being targeted.
    public var participant: Int
    /// Points from approving reactions.
    public var amplification: Int
    /// Points for escalating the exchange.
    public var escalation: Int

    /// Creates a breakdown.
    package init(severity: Int, participant: Int, amplification: Int, escalation: Int) {
        self.severity = severity
        self.participant = participant
        self.amplification = amplification
        self.escalation = escalation
    }

    /// The sum of the parts.
    public var total: Int { severity + participant + amplification + escalation }
}
