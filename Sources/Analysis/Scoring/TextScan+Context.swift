import Lexicon

extension TextScan {
    /// The context rules that apply to the cue of `cue` (whose traits are `traits`) at `match`, nearest modifier first, at most one of each
    /// kind, each as (rule name, factor, the modifier's tokens): who says it of whom, and whether it is
    /// said at all. Each needs its modifier in the cue's clause within `ScoringRules.contextWindow`
    /// words before it:
    /// - `self-reference` ("I'm such an idiot"): personal categories, an entry lighter than
    ///   `ScoringRules.selfReferenceLimit` (a slur stays one when said of oneself), nobody named
    ///   between and only articles and boosters (`ScoringRules.predicateFillers`), not aimed at a
    ///   participant;
    /// - `reported-speech` ("he called me an idiot"): personal categories;
    /// - `reported-violence` ("was shot", "police said … killed"): threats;
    /// - `idea` ("that's nonsense", "this is stupid"): as self-reference.
    /// - Complexity: O(k + log m) in the modifiers k before the cue and the mentions m.
    func contextRules(for match: TermMatch, cue: IncivilityEntry, traits: CueTraits, target: TargetKind?)
        -> [(String, Double, (Int, Int))]
    {
        var rules: [(String, Double, (Int, Int))] = []
        var seen: Set<ModifierEntry.Kind> = []
        let personal = traits.isPersonal
        for modifier in modifiers(before: match.first)
        where layout.wordsBetween(end: modifier.end, start: match.first) < ScoringRules.contextWindow {
            let entry = self.modifier(modifier)
            guard !seen.contains(entry.kind) else { continue }
            let applies: Bool
            switch entry.kind {
            case .selfReference, .idea:
                applies =
                    personal && target != .participant
                    && (entry.kind != .selfReference || cue.weight < ScoringRules.selfReferenceLimit)
                    && !hasMention(between: modifier.end, and: match.first)
                    && onlyFillers(between: modifier.end, and: match.first)
            case .reportedSpeech:
                applies = personal
            case .reportedViolence:
                applies = traits.isThreat
            default:
                applies = false
            }
            guard applies else { continue }
            seen.insert(entry.kind)
            rules.append((entry.kind.rawValue, entry.value, (modifier.first, modifier.end)))
        }
        return rules
    }

    /// Whether tokens `start..<end` are only the words of a predicate before its noun or adjective:
    /// articles and degree words (`a`, `such`, `total`), or modifiers.
    private func onlyFillers(between start: Int, and end: Int) -> Bool {
        var nextModifier = modifiers.partitioningIndex { $0.end > start }
        for token in start..<end {
            while nextModifier < modifiers.count, modifiers[nextModifier].end <= token { nextModifier += 1 }
            if nextModifier < modifiers.count, modifiers[nextModifier].first <= token { continue }
            let item = text.tokens[token]
            let word = bytes[Int(item.start)..<Int(item.end)].map(ASCII.lowercased)
            guard ScoringRules.predicateFillers.contains(word) else { return false }
        }
        return true
    }

    /// Whether a mention starts in tokens `start..<end`.
    private func hasMention(between start: Int, and end: Int) -> Bool {
        let index = mentions.partitioningIndex { $0.first >= start }
        return index < mentions.count && mentions[index].first < end
    }
}
