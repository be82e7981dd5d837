/// How a thread turned: escalations, pile-ons, heated exchanges and amplified incivility.
public struct ThreadSignals: Hashable, Sendable {
    /// Where exchanges got worse, in post order.
    public var escalations: [Escalation]
    /// Several uncivil replies to one post or author.
    public var pileOns: [PileOn]
    /// Two users trading uncivil replies.
    public var heatedExchanges: [HeatedExchange]
    /// Uncivil posts with approving reactions, in post order.
    public var amplifications: [Amplification]

    /// Creates signals.
    package init(
        escalations: [Escalation] = [], pileOns: [PileOn] = [], heatedExchanges: [HeatedExchange] = [],
        amplifications: [Amplification] = []
    ) {
        self.escalations = escalations
        self.pileOns = pileOns
        self.heatedExchanges = heatedExchanges
        self.amplifications = amplifications
    }
}
