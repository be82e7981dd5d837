import Lexicon

/// One incivility cue after the rules: its entry, tokens, final weight and target.
struct ScoredCue {
    var match: TermMatch
    var entry: IncivilityEntry
    var weight: Double
    var target: TargetKind?
}

/// The incivility of a text, with the cues behind it (for reply stance).
struct IncivilityScoring {
    var result: IncivilityResult
    var cues: [ScoredCue]
}

extension TextScan {
    /// Scores the text's incivility: every entry found, weighed by the rules (negation — except of
    /// profanity and slurs, which are said whatever negates them: "no fucking way" —, boosters and
    /// dampeners, ALL CAPS, `!`/`?` runs, contrast, the context rules, directedness), and the strong
    /// negative evaluative words said to a participant (`address`), combined as `1 - Π(1 - w)`;
    /// then, unless `useWeights` is false (the features the weights are fitted on), ordered inside
    /// its band by the learned weights of `weights/incivility.tsv` when the lexicons have them.
    func incivility(useWeights: Bool = true) -> IncivilityScoring {
        // Each cue with the range of its evidence in `found`: one buffer for every cue's evidence,
        // not an array per cue, so a long text's thousands of cues cost their evidence once.
        var scored: [(cue: ScoredCue, evidence: Range<Int>)] = []
        var found: [Evidence] = []
        let matches = incivilityMatches
        let addresses = modifiers.contains { modifier($0).kind == .address }
        let intensifiable = matches.contains { analyzer.cueTraits[$0.entry].isIntensifier }
        let sentiment = addresses || intensifiable ? sentimentMatches() : []
        var positive = [Bool](repeating: false, count: intensifiable ? text.tokens.count : 0)
        for match in sentiment where intensifiable && match.end - match.first == 1 {
            positive[match.first] = analyzer.lexicon.sentiment[match.entry].weight >= ScoringRules.intensifiedSentiment
        }
        scored.reserveCapacity(matches.count)
        for match in matches {
            scored.append(
                score(
                    match, analyzer.lexicon.incivility[match.entry], analyzer.cueTraits[match.entry], positive: positive,
                    into: &found))
        }
        if addresses {
            var covered = [Bool](repeating: false, count: text.tokens.count)
            for match in matches { for token in match.first..<match.end { covered[token] = true } }
            for (match, entry, address) in addressedInsults(sentiment, covered: covered) {
                let traits = CueTraits(entry, categoryWeights: analyzer.categoryWeights)
                scored.append(score(match, entry, traits, positive: positive, address: address, into: &found))
            }
        }
        let inOrder = zip(scored, scored.dropFirst()).allSatisfy { $0.cue.match.first <= $1.cue.match.first }
        if !inOrder { scored.sort { $0.cue.match.first < $1.cue.match.first } }
        let cues = scored.map(\.cue)
        let cueScore = min(1, 1 - cues.reduce(1.0) { $0 * (1 - $1.weight) })
        let (score, toneEvidence) = withTone(cueScore, cues: cues)
        let weighs = useWeights && analyzer.index.incivilityWeights != nil
        // Room for the tone's evidence and the weights' (`weigh(_:table:)`), so that neither moves it.
        let room = found.count + toneEvidence.count + (weighs ? 1 + ScoringRules.weightsListed : 0)
        var evidence: [Evidence]
        if inOrder {
            evidence = found
            found = []
        } else {
            evidence = []
            for cue in scored { evidence += found[cue.evidence] }
            found = []
        }
        evidence.reserveCapacity(room)
        evidence += toneEvidence
        // A text has a few categories: summed in a short list, not a dictionary.
        var byCategory: [(key: String, value: Double)] = []
        for cue in cues where cue.weight > 0 {
            if let at = byCategory.firstIndex(where: { $0.key == cue.entry.category }) {
                byCategory[at].value += cue.weight
            } else {
                byCategory.append((cue.entry.category, cue.weight))
            }
        }
        let categories = byCategory.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let strongest = cues.filter { $0.weight > 0 }.max {
            $0.weight != $1.weight ? $0.weight < $1.weight : ($0.target?.rank ?? 3) > ($1.target?.rank ?? 3)
        }
        let severity = Severity(score: cueScore)
        var result = IncivilityResult(
            score: score, severity: severity, categories: categories,
            target: severity == .none ? nil : strongest?.target, evidence: consume evidence
        )
        if weighs { analyzer.weigh(&result, in: self) }
        return IncivilityScoring(result: result, cues: cues)
    }

    /// One cue of `entry`, whose traits are `traits`, after the rules, with its evidence appended
    /// to `evidence` (the entry first, then each rule that changed it) and the range it takes there.
    private func score(
        _ match: TermMatch, _ entry: IncivilityEntry, _ traits: CueTraits, positive: [Bool], address: TermMatch? = nil,
        into evidence: inout [Evidence]
    ) -> (cue: ScoredCue, evidence: Range<Int>) {
        var weight = traits.weight
        let first = evidence.count
        let place = span(match.first, match.end)
        // The entry's own evidence, its contribution set once every rule has run.
        evidence.append(
            Evidence(
                start: place.start, end: place.end, text: place.text, source: .entry, name: traits.name,
                category: entry.category, contribution: 0, origin: entry.origin))
        func apply(_ name: String, _ factor: Double, over range: (Int, Int)? = nil) {
            let before = weight
            weight = min(1, weight * factor)
            let at = range.map { span($0.0, $0.1) } ?? place
            evidence.append(
                Evidence(
                    start: at.start, end: at.end, text: at.text, source: .rule, name: name,
                    contribution: weight - before))
        }
        if let address {
            apply(ModifierEntry.Kind.address.rawValue, modifier(address).value, over: (address.first, address.end))
        }
        if !traits.isUnnegated, let negator = negator(before: match.first) {
            apply("negation", ScoringRules.negatedShare, over: (negator.first, negator.end))
        }
        for modifier in modifiers(before: match.first).reversed()
        where layout.wordsBetween(end: modifier.end, start: match.first) < ScoringRules.modifierWindow {
            let kind = self.modifier(modifier).kind
            if kind == .booster || kind == .dampener || kind == .prohibitive {
                apply(kind.rawValue, self.modifier(modifier).value, over: (modifier.first, modifier.end))
            }
        }
        if !text.isAllCaps, text.tokens[match.first..<match.end].contains(where: { $0.flags.contains(.allCaps) }) {
            apply("all-caps", ScoringRules.allCapsBoost)
        }
        let sentence = Int(layout.sentence[match.first])
        let exclamations = min(layout.exclamations[sentence], ScoringRules.punctuationLimit)
        if exclamations > 0 {
            apply("exclamation", 1 + Double(exclamations) * ScoringRules.exclamationBoost)
        }
        let questions = min(layout.questions[sentence], ScoringRules.punctuationLimit)
        if questions > 1 {
            apply("repeated-question", 1 + Double(questions - 1) * ScoringRules.questionBoost)
        }
        if let contrast = contrast(inSentenceOf: match.first) {
            let value = modifier(contrast).value
            apply("contrast", contrast.end <= match.first ? value : 1 / value, over: (contrast.first, contrast.end))
        }
        let target = self.target(of: match, traits: traits)
        for (name, factor, range) in contextRules(for: match, cue: entry, traits: traits, target: target.kind) {
            apply(name, factor, over: range)
        }
        if traits.isIntensifier, target.kind == nil, match.end < positive.count,
            positive[match.end]
        {
            apply("intensifier", ScoringRules.intensifierShare, over: (match.end, match.end + 1))
        }
        if weight > 0 {
            apply(
                ScoringRules.directednessRule(target.kind), ScoringRules.directedness(target.kind), over: target.range)
        }
        evidence[first].contribution = weight
        return (ScoredCue(match: match, entry: entry, weight: weight, target: target.kind), first..<evidence.count)
    }

    /// The strong negative evaluative words of `sentiment.tsv` (one word, weight at most
    /// `-addressThreshold`) that no incivility entry covers and that follow an `address` modifier
    /// ("you are", "you sound") in the same clause within `modifierWindow` words: each an insult of
    /// its weight, which the `address` rule then scales.
    private func addressedInsults(_ sentiment: [TermMatch], covered: [Bool]) -> [(
        TermMatch, IncivilityEntry, TermMatch
    )] {
        var found: [(TermMatch, IncivilityEntry, TermMatch)] = []
        for match in sentiment where match.end - match.first == 1 && !covered[match.first] {
            let entry = analyzer.lexicon.sentiment[match.entry]
            guard entry.weight <= -ScoringRules.addressThreshold,
                let address = modifiers(before: match.first).first(where: {
                    modifier($0).kind == .address
                        && layout.wordsBetween(end: $0.end, start: match.first) < ScoringRules.modifierWindow
                })
            else { continue }
            let insult = IncivilityEntry(
                term: entry.term, weight: -entry.weight, category: ScoringRules.addressedCategory, origin: entry.origin)
            found.append((match, insult, address))
        }
        return found
    }

    /// The score raised within its band by the text's negative tone: one-word evaluative terms of
    /// `sentiment.tsv` below zero, not negated and not already an incivility cue, summed as
    /// `1 - Π(1 - toneWeight·|w|)`. The raise is a share of the distance to the band's upper
    /// cut-off, so tone ranks texts inside a band (a sharp but clean post above a neutral one) and
    /// never moves a text to another band or gives it a category.
    /// - Complexity: O(n) in the number of tokens: one array read per candidate word.
    func withTone(_ score: Double, cues: [ScoredCue]) -> (Double, [Evidence]) {
        let tones = analyzer.index.negativeTone
        var keep = 1.0
        var words: [(token: Int, share: Double, end: Int, name: String)] = []
        var nextCue = 0
        for (token, item) in text.tokens.enumerated() where item.candidatesCount > 0 {
            var strongest: Float = 0
            let first = Int(item.candidatesStart)
            for id in text.candidates[first..<first + Int(item.candidatesCount)]
            where id & Vocabulary.prefixBit == 0 && Int(id) < tones.count {
                strongest = max(strongest, tones[Int(id)])
            }
            guard strongest > 0 else { continue }
            while nextCue < cues.count, cues[nextCue].match.end <= token { nextCue += 1 }
            if nextCue < cues.count, cues[nextCue].match.first <= token { continue }
            if negator(before: token) != nil { continue }
            let share = ScoringRules.toneWeight * Double(strongest)
            keep *= 1 - share
            words.append((token, share, token + 1, "tone"))
        }
        for signal in score == 0 ? weakSignals(cues: cues) : [] {
            keep *= 1 - signal.share
            words.append((signal.first, signal.share, signal.end, signal.name))
        }
        let tone = 1 - keep
        guard tone > 0 else { return (score, []) }
        let ceiling = Severity(score: score).upperCutoff
        let raised = score + (ceiling - score) * tone * ScoringRules.toneShareOfBand
        let total = words.reduce(0) { $0 + $1.share }
        let evidence = words.map { word in
            let place = span(word.token, word.end)
            return Evidence(
                start: place.start, end: place.end, text: place.text, source: .rule, name: word.name,
                contribution: (raised - score) * word.share / total)
        }
        return (raised, evidence)
    }

    /// The weak signals that order the texts no cue scores (score 0), each with its share of tone: a cue cancelled by
    /// negation still names an insult (`tone:negated`, `negatedCueTone` × its weight), a group is
    /// spoken of (`tone:group`), a participant is addressed (`tone:address`).
    /// - Complexity: O(n) in the number of tokens.
    private func weakSignals(cues: [ScoredCue]) -> [(first: Int, end: Int, share: Double, name: String)] {
        var signals: [(first: Int, end: Int, share: Double, name: String)] = []
        for cue in cues where cue.weight == 0 {
            signals.append(
                (cue.match.first, cue.match.end, ScoringRules.negatedCueTone * cue.entry.weight, "tone:negated"))
        }
        for mention in mentions {
            switch mention.kind {
            case .group: signals.append((mention.first, mention.end, ScoringRules.groupTone, "tone:group"))
            case .participant: signals.append((mention.first, mention.end, ScoringRules.addressTone, "tone:address"))
            case .thirdParty: break
            }
        }
        return signals.sorted { $0.first != $1.first ? $0.first < $1.first : $0.name < $1.name }
    }

    /// Whom the cue at `match` is aimed at: the nearest mention in its sentence (ties go to a
    /// participant), else the nearest in the sentence before or after; else, in a reply, a personal
    /// attack (insult, lying, pejorative-speech) is aimed at the participant replied to, and an
    /// identity attack or dehumanisation at a group (as `traits` says).
    func target(of match: TermMatch, traits: CueTraits) -> (kind: TargetKind?, range: (Int, Int)?) {
        let sentence = layout.sentence[match.first]
        if let nearest = nearestMention(inSentence: sentence, to: match) {
            return (nearest.kind, (nearest.first, nearest.end))
        }
        let firstOfSentence = mentions.partitioningIndex { layout.sentence[$0.first] >= sentence }
        if firstOfSentence > 0, layout.sentence[mentions[firstOfSentence - 1].first] == sentence - 1 {
            let last = mentions[firstOfSentence - 1]
            return (last.kind, (last.first, last.end))
        }
        let firstOfNext = mentions.partitioningIndex { layout.sentence[$0.first] > sentence }
        if firstOfNext < mentions.count, layout.sentence[mentions[firstOfNext].first] == sentence + 1 {
            let next = mentions[firstOfNext]
            return (next.kind, (next.first, next.end))
        }
        let isReply = context.parentText != nil || context.parentAuthor != nil
        if isReply, traits.isAimedAtParticipant { return (.participant, nil) }
        if traits.isAimedAtGroup { return (.group, nil) }
        return (nil, nil)
    }

    /// The mention in `sentence` nearest to `match` (ties go to a participant): only the mentions
    /// around the cue's place in the sorted list can be nearest.
    /// - Complexity: O(log m) in the number of mentions.
    private func nearestMention(inSentence sentence: Int32, to match: TermMatch) -> TargetMention? {
        let around = mentions.partitioningIndex { $0.end > match.first }
        var nearest: TargetMention?
        var nearestDistance = Int.max
        for index in max(0, around - 1)..<Swift.min(mentions.count, around + match.end - match.first + 2) {
            let mention = mentions[index]
            guard layout.sentence[mention.first] == sentence else { continue }
            let distance = distance(mention, match)
            if distance < nearestDistance || (distance == nearestDistance && mention.kind.rank < nearest!.kind.rank) {
                nearest = mention
                nearestDistance = distance
            }
        }
        return nearest
    }

    /// Words between a mention and a cue (-1 when they overlap).
    private func distance(_ mention: TargetMention, _ match: TermMatch) -> Int {
        if mention.end <= match.first { return layout.wordsBetween(end: mention.end, start: match.first) }
        if mention.first >= match.end { return layout.wordsBetween(end: match.end, start: mention.first) }
        return -1
    }
}
