import Lexicon

extension TextScan {
    /// The stance toward `name`, resolved to a topic lexicon: the topic's cues (hashtags, slogans)
    /// and related mentions count their weight (a negator before one reverses it, as for
    /// sentiment); evaluative words — the topic's own, `sentiment.tsv`'s, and incivility as negative
    /// weight — near a mention of the target, its other side or a related name count multiplied by
    /// that mention's polarity; the topic's evaluative words far from any mention count half. When
    /// the target names the topic's other side, every contribution reverses. Mentions of the target,
    /// its other side and its sides are evidence with no contribution of their own. Nothing found, or
    /// too little either way, is none.
    /// - Complexity: O(n) in the number of tokens, for each of the four lexicon passes.
    func topicStance(toward name: String, resolved: ResolvedTopic) -> TargetStanceResult {
        let topic = analyzer.lexicon.topics[resolved.topic]
        let sign = resolved.isOpposite ? -1.0 : 1.0
        var anchors: [(first: Int, end: Int, polarity: Double)] = []
        var evaluative: [TermMatch] = []
        var covered = [Bool](repeating: false, count: text.tokens.count)
        var total = 0.0
        var evidence: [Evidence] = []
        func count(_ match: TermMatch, _ term: String, _ weight: Double, origin: String, category: String? = nil) {
            let contribution = weight * sign
            total += contribution
            let place = span(match.first, match.end)
            evidence.append(
                Evidence(
                    start: place.start, end: place.end, text: place.text, source: .entry, name: term,
                    category: category,
                    contribution: contribution, origin: origin))
        }
        func negated(_ match: TermMatch, _ weight: Double) -> Double {
            negator(before: match.first) == nil ? weight : weight * ScoringRules.negatedSentimentShare
        }
        for match in analyzer.index.topics[resolved.topic].matches(in: text) {
            let entry = topic.entries[match.entry]
            for token in match.first..<match.end { covered[token] = true }
            switch entry.kind {
            case .name, .opposite, .side:
                anchors.append((match.first, match.end, entry.weight))
                count(match, entry.term.description, 0, origin: entry.origin)
            case .related:
                anchors.append((match.first, match.end, entry.weight))
                count(match, entry.term.description, negated(match, entry.weight), origin: entry.origin)
            case .cue:
                count(match, entry.term.description, negated(match, entry.weight), origin: entry.origin)
            case .evaluative:
                evaluative.append(match)
            }
        }
        func polarity(near match: TermMatch) -> Double? {
            let after = anchors.partitioningIndex { $0.first >= match.end }
            var nearest: (distance: Int, polarity: Double)?
            if after > 0, anchors[after - 1].end <= match.first {
                let anchor = anchors[after - 1]
                nearest = (layout.wordsBetween(end: anchor.end, start: match.first), anchor.polarity)
                if layout.sentence[anchor.first] != layout.sentence[match.first] { nearest = nil }
            }
            if after < anchors.count, layout.sentence[anchors[after].first] == layout.sentence[match.first] {
                let distance = layout.wordsBetween(end: match.end, start: anchors[after].first)
                if nearest == nil || distance < nearest!.distance { nearest = (distance, anchors[after].polarity) }
            }
            guard let nearest, nearest.distance < ScoringRules.targetWindow else { return nil }
            return nearest.polarity
        }
        for match in evaluative {
            let entry = topic.entries[match.entry]
            let share = polarity(near: match) ?? ScoringRules.unanchoredTopicShare
            count(match, entry.term.description, negated(match, entry.weight) * share, origin: entry.origin)
        }
        if !anchors.isEmpty {
            for match in sentimentMatches()
            where !covered[match.first..<match.end].contains(true) {
                guard let polarity = polarity(near: match) else { continue }
                let entry = analyzer.lexicon.sentiment[match.entry]
                count(match, entry.term.description, negated(match, entry.weight) * polarity, origin: entry.origin)
            }
            for match in incivilityMatches
            where !covered[match.first..<match.end].contains(true) && negator(before: match.first) == nil {
                guard let polarity = polarity(near: match) else { continue }
                let entry = analyzer.lexicon.incivility[match.entry]
                count(
                    match, entry.term.description, -entry.weight * polarity, origin: entry.origin,
                    category: entry.category)
            }
        }
        let stance: TargetStance =
            total > ScoringRules.targetStanceThreshold
            ? .favour : total < -ScoringRules.targetStanceThreshold ? .against : .none
        return TargetStanceResult(target: name, stance: stance, evidence: evidence)
    }
}
