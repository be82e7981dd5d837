/// Recognising a platform from an HTML page's markup: the same detector as for copied text, fed
/// by the adapters' recognition rows instead of the profiles' lines.
extension PlatformDetector {
    /// The adapter whose recognition rows `document` matches best, with its confidence (the share
    /// of its `detect` weight matched), or `nil` when none reaches ``HTMLAdapter/minimumScore``
    /// with all its `require` rows matched.
    /// - Complexity: O(r·n·s) for r recognition rows over n nodes.
    static func detect(_ document: HTMLDocument, adapters: [HTMLAdapter]) -> (adapter: HTMLAdapter, confidence: Double)?
    {
        var best: (adapter: HTMLAdapter, score: Double, total: Double)?
        for adapter in adapters {
            guard adapter.rules(.require).allSatisfy({ !$0.selector.select(in: document).isEmpty }) else { continue }
            var score = 0.0
            var total = 0.0
            for rule in adapter.rules(.detect) {
                total += rule.weight
                if !rule.selector.select(in: document).isEmpty { score += rule.weight }
            }
            if score >= HTMLAdapter.minimumScore, score > best?.score ?? 0 { best = (adapter, score, total) }
        }
        return best.map { ($0.adapter, min(1, $0.score / max($0.total, 1))) }
    }
}
