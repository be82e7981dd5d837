import Lexicon

/// A thread target resolved to a topic lexicon.
struct ResolvedTopic: Hashable {
    /// The topic's position in `AnalysisLexicon.topics`.
    var topic: Int
    /// Whether the target names the topic's other side (an `opposite` entry): every polarity reverses.
    var isOpposite: Bool
}

extension Analyzer {
    /// The topic a target name (`Hillary Clinton`, `Feminist Movement`, `Legalization of Abortion`)
    /// is about: the topic with a `name` or `opposite` entry among the name's words, any of them, the
    /// longest such entry winning (then the earliest in the name, then the first topic by path).
    /// - Complexity: O(t·k) in the number of topics t and the name's words k.
    func topic(for name: String) -> ResolvedTopic? {
        topics.value(name) { resolveTopic(for: $0) }
    }

    /// `topic(for:)` worked out.
    private func resolveTopic(for name: String) -> ResolvedTopic? {
        let words = index.tokenize(name)
        var best: (resolved: ResolvedTopic, length: Int, first: Int)?
        for (topic, trie) in index.topics.enumerated() {
            for match in trie.matches(in: words) {
                let entry = lexicon.topics[topic].entries[match.entry]
                guard entry.kind == .name || entry.kind == .opposite else { continue }
                let length = match.end - match.first
                if let best, best.length > length || (best.length == length && best.first <= match.first) { continue }
                best = (ResolvedTopic(topic: topic, isOpposite: entry.kind == .opposite), length, match.first)
            }
        }
        return best?.resolved
    }
}
