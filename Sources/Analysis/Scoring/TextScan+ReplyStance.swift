import Lexicon

/// A stance cue of `stance.tsv` found in a reply, weighed by the lexicon rules.
struct StanceCue {
    var match: TermMatch
    /// The cue as the lexicon writes it (`not true`).
    var term: String
    /// The stance it counts toward (the opposite one when negated).
    var stance: ReplyStance
    /// Its weight after the rules.
    var weight: Double
    /// Whether a negator turned it.
    var isNegated: Bool
    /// Where it is defined.
    var origin: String
}

extension TextScan {
    /// The stance toward the parent post: with learned weights (`weights/stance.tsv`), the class
    /// whose weighted features sum highest; without them, the hand rules of `handReplyStance()`.
    ///
    /// When the weights say comment but the lexicon's cues alone reach `ScoringRules.clearCueWeight`
    /// for a stance ("Yeah, …" opening a long post), the cues decide, and the rule `clear-cue` says so.
    ///
    /// With `listedCues`, only the strongest that many cues are kept (`keepStrongestCues(_:)`), and
    /// only those are built: a long reply has a weighted cue for every word it shares with the weights.
    func replyStance(parent: String, incivility: IncivilityScoring, listedCues: Int? = nil) -> StanceResult {
        var hand = handReplyStance()
        guard let weights = analyzer.lexicon.weights[.stance] else {
            if let listedCues { hand.keepStrongestCues(listedCues) }
            return hand
        }
        let features = stanceFeatures(
            parent: parent, incivility: incivility, weightedWords: analyzer.index.stanceWeightedWords)
        let weighed = weighReplyStance(features, weights: weights)
        var stance = weighed.stance
        var clearCue: Evidence?
        if stance == .comment, hand.stance != .comment {
            let cues = hand.cues.filter { $0.category == hand.stance.rawValue }
            let total = cues.reduce(0) { $0 + $1.contribution }
            if total >= ScoringRules.clearCueWeight, let first = cues.first {
                stance = hand.stance
                clearCue = Evidence(
                    start: first.start, end: first.end, text: first.text, source: .rule, name: "clear-cue",
                    category: hand.stance.rawValue, contribution: total, origin: first.origin)
            }
        }
        var contributions = weighed.contributions
        let weightedCount = contributions.count
        if let clearCue { contributions.append(clearCue.contribution) }
        func cue(_ index: Int) -> Evidence {
            if index == weightedCount, let clearCue { return clearCue }
            return weightedCue(index, of: weighed, weights: weights)
        }
        var result = StanceResult(
            stance: stance, cues: [],
            scores: weighed.scores.indices.map {
                StanceResult.Score(stance: ReplyStance.allCases[$0], score: weighed.scores[$0])
            })
        if let listedCues, let listing = StanceResult.listing(of: contributions, limit: listedCues) {
            result.cues = listing.kept.map(cue)
            result.omittedCueCount = listing.omittedCount
            result.omittedCueContribution = listing.omittedContribution
        } else {
            result.cues = contributions.indices.map(cue)
        }
        return result
    }

    /// The stance from the lexicon's cue weights alone: the cues found (a negated support cue counts
    /// toward deny and the reverse; cues in the opening clause weigh more; the contrast rule
    /// applies) and information-seeking questions (→ query). The stance with the most weight wins if
    /// it reaches `ScoringRules.stanceThreshold`; otherwise the reply is a comment.
    func handReplyStance() -> StanceResult {
        var totals: [ReplyStance: Double] = [:]
        var cues: [Evidence] = []
        func add(
            _ stance: ReplyStance, _ weight: Double, _ first: Int, _ end: Int, source: Evidence.Source, name: String,
            origin: String? = nil
        ) {
            totals[stance, default: 0] += weight
            let place = span(first, end)
            cues.append(
                Evidence(
                    start: place.start, end: place.end, text: place.text, source: source, name: name,
                    category: stance.rawValue, contribution: weight, origin: origin
                )
            )
        }
        for cue in stanceCues() {
            add(
                cue.stance, cue.weight, cue.match.first, cue.match.end, source: .entry,
                name: cue.term + (cue.isNegated ? " (negated)" : ""), origin: cue.origin)
        }
        for question in questions() where !question.isRhetorical {
            add(
                .query, ScoringRules.questionQueryWeight, question.first, question.end, source: .rule,
                name: "question")
        }
        let order: [ReplyStance] = [.deny, .query, .support]
        let best = order.max {
            (totals[$0] ?? 0) < (totals[$1] ?? 0)
                || ((totals[$0] ?? 0) == (totals[$1] ?? 0) && order.firstIndex(of: $0)! < order.firstIndex(of: $1)!)
        }
        let stance = best.flatMap { (totals[$0] ?? 0) >= ScoringRules.stanceThreshold ? $0 : nil } ?? .comment
        return StanceResult(stance: stance, cues: cues)
    }

    /// The stance cues of the text, in text order, weighed by the rules: a negated support cue
    /// counts toward deny and a negated deny cue toward support (× `negatedStanceShare`), a cue in
    /// the opening clause × `openingCueBoost`, the contrast rule.
    func stanceCues() -> [StanceCue] {
        analyzer.index.stance.matches(in: text).map { match in
            let entry = analyzer.lexicon.stance[match.entry]
            var stance = ReplyStance(rawValue: entry.stance.rawValue) ?? .comment
            var weight = entry.weight
            let isNegated = negator(before: match.first) != nil && stance != .query
            if isNegated {
                stance = stance == .support ? .deny : .support
                weight *= ScoringRules.negatedStanceShare
            }
            if layout.clause[match.first] == 0 { weight *= ScoringRules.openingCueBoost }
            if let contrast = contrast(inSentenceOf: match.first) {
                let value = modifier(contrast).value
                weight *= contrast.end <= match.first ? value : 1 / value
            }
            return StanceCue(
                match: match, term: entry.term.description, stance: stance, weight: weight, isNegated: isNegated,
                origin: entry.origin)
        }
    }

    /// A question sentence of the text.
    struct Question {
        var first: Int
        var end: Int
        /// An assertion follows it in the same text, so it argues rather than asks.
        var isRhetorical: Bool
    }

    /// The sentences ending in `?`, each classed as information-seeking or rhetorical.
    func questions() -> [Question] {
        var found: [Question] = []
        let tokens = text.tokens
        var first = 0
        let sentences = layout.questions.count
        var assertionAfter = [Bool](repeating: false, count: sentences + 1)
        for sentence in stride(from: sentences - 1, through: 0, by: -1) {
            assertionAfter[sentence] =
                assertionAfter[sentence + 1]
                || (layout.questions[sentence] == 0 && layout.sentenceWords[sentence] >= 3)
        }
        for index in tokens.indices
        where index == tokens.count - 1 || layout.sentence[index + 1] != layout.sentence[index] {
            let sentence = Int(layout.sentence[index])
            if layout.questions[sentence] > 0, layout.sentenceWords[sentence] > 0 {
                found.append(Question(first: first, end: index + 1, isRhetorical: assertionAfter[sentence + 1]))
            }
            first = index + 1
        }
        return found
    }
}
