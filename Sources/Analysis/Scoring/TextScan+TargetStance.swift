extension TextScan {
    /// The stance toward `name`: evaluative words within `ScoringRules.targetWindow` words of a
    /// mention of it in the same sentence (a negated word counts with `negatedSentimentShare`),
    /// plus incivility aimed there (as negative weight). A name that resolves to a topic lexicon is
    /// scored by the topic instead (`topicStance`).
    func targetStance(toward name: String) -> TargetStanceResult {
        if let resolved = analyzer.topic(for: name) { return topicStance(toward: name, resolved: resolved) }
        let occurrences = analyzer.names.finder(name, allowSuffix: true, everyWord: true).occurrences(
            in: text, bytes: bytes, initials: initials)
        guard !occurrences.isEmpty else { return TargetStanceResult(target: name, stance: .none, evidence: []) }
        var total = 0.0
        var evidence: [Evidence] = []
        func isNear(_ first: Int, _ end: Int) -> Bool {
            let around = occurrences.partitioningIndex { $0.upperBound > first }
            return occurrences[max(0, around - 1)..<min(occurrences.count, around + 2)].contains { mention in
                guard layout.sentence[mention.lowerBound] == layout.sentence[first] else { return false }
                if mention.upperBound <= first {
                    return layout.wordsBetween(end: mention.upperBound, start: first) < ScoringRules.targetWindow
                }
                if mention.lowerBound >= end {
                    return layout.wordsBetween(end: end, start: mention.lowerBound) < ScoringRules.targetWindow
                }
                return false
            }
        }
        for match in sentimentMatches() where isNear(match.first, match.end) {
            let entry = analyzer.lexicon.sentiment[match.entry]
            var weight = entry.weight
            if negator(before: match.first) != nil { weight *= ScoringRules.negatedSentimentShare }
            total += weight
            let place = span(match.first, match.end)
            evidence.append(
                Evidence(
                    start: place.start, end: place.end, text: place.text, source: .entry, name: entry.term.description,
                    contribution: weight, origin: entry.origin))
        }
        for match in incivilityMatches where isNear(match.first, match.end) {
            let entry = analyzer.lexicon.incivility[match.entry]
            guard negator(before: match.first) == nil else { continue }
            total -= entry.weight
            let place = span(match.first, match.end)
            evidence.append(
                Evidence(
                    start: place.start, end: place.end, text: place.text, source: .entry, name: entry.term.description,
                    category: entry.category, contribution: -entry.weight, origin: entry.origin)
            )
        }
        let stance: TargetStance =
            total > ScoringRules.targetStanceThreshold
            ? .favour : total < -ScoringRules.targetStanceThreshold ? .against : .none
        return TargetStanceResult(target: name, stance: stance, evidence: evidence)
    }
}
