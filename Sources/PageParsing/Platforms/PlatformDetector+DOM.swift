/// Recognising a platform from an HTML page's markup: the same detector as for copied text, fed
/// by the adapters' recognition rows instead of the profiles' lines.
extension PlatformDetector {
    /// The adapter whose recognition rows `document` matches best, with its confidence (the share
    /// of its `detect` weight matched), or `nil` when none reaches ``HTMLAdapter/minimumScore``
    /// with all its `require` rows matched. Ties go to the adapter first in name order.
    ///
    /// Every adapter's recognition rows are matched together, in one walk that stops once each has
    /// matched or the document ends (``PlatformAdapters/recognition``).
    /// - Complexity: O(n·k) for n nodes and k recognition rows filed under an element's keys.
    static func detect(_ document: HTMLDocument, adapters: PlatformAdapters) -> (
        adapter: HTMLAdapter, confidence: Double
    )? {
        let matched = adapters.recognition.select(in: document, firstOnly: true)
        var score = [Double](repeating: 0, count: adapters.adapters.count)
        var total = [Double](repeating: 0, count: adapters.adapters.count)
        var missing = [Bool](repeating: false, count: adapters.adapters.count)
        for (position, row) in adapters.recognitionRows.enumerated() {
            let rule = adapters.adapters[row.adapter].rules[row.rule]
            let found = !matched[position].isEmpty
            if rule.role == .require {
                if !found { missing[row.adapter] = true }
            } else {
                total[row.adapter] += rule.weight
                if found { score[row.adapter] += rule.weight }
            }
        }
        var best: Int?
        for adapter in adapters.adapters.indices where !missing[adapter] {
            if score[adapter] >= HTMLAdapter.minimumScore, score[adapter] > best.map({ score[$0] }) ?? 0 {
                best = adapter
            }
        }
        return best.map { (adapters.adapters[$0], min(1, score[$0] / max(total[$0], 1))) }
    }
}
