import Lexicon

extension TextScan {
    /// The stance toward the parent post: the stance cues found (a negated support cue counts toward
    /// deny and the reverse; cues in the opening clause weigh more; the contrast rule applies),
    /// questions (information-seeking → query, rhetorical and aimed at "you" → deny) and incivility
    /// aimed at a participant (→ deny). The stance with the most weight wins if it reaches
    /// `ScoringRules.stanceThreshold`; otherwise the reply is a comment.
    func replyStance(incivility: IncivilityScoring) -> StanceResult {
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
        for match in analyzer.index.stance.matches(in: text) {
            let entry = analyzer.lexicon.stance[match.entry]
            var stance = ReplyStance(rawValue: entry.stance.rawValue) ?? .comment
            var weight = entry.weight
            var name = entry.term.description
            if negator(before: match.first) != nil, stance != .query {
                stance = stance == .support ? .deny : .support
                weight *= ScoringRules.negatedStanceShare
                name += " (negated)"
            }
            if layout.clause[match.first] == 0 { weight *= ScoringRules.openingCueBoost }
            if let contrast = contrast(inSentenceOf: match.first) {
                let value = modifier(contrast).value
                weight *= contrast.end <= match.first ? value : 1 / value
            }
            add(stance, weight, match.first, match.end, source: .entry, name: name, origin: entry.origin)
        }
        for question in questions() {
            if question.isRhetorical {
                if question.addressesParticipant {
                    add(
                        .deny, ScoringRules.rhetoricalDenyWeight, question.first, question.end, source: .rule,
                        name: "rhetorical-question")
                }
            } else {
                add(
                    .query, ScoringRules.questionQueryWeight, question.first, question.end, source: .rule,
                    name: "question")
            }
        }
        for cue in incivility.cues where cue.target == .participant && cue.weight >= ScoringRules.attackDenyWeight {
            add(
                .deny, ScoringRules.attackDenyWeight, cue.match.first, cue.match.end, source: .rule,
                name: "attack-on-participant")
        }
        let order: [ReplyStance] = [.deny, .query, .support]
        let best = order.max {
            (totals[$0] ?? 0) < (totals[$1] ?? 0)
                || ((totals[$0] ?? 0) == (totals[$1] ?? 0) && order.firstIndex(of: $0)! < order.firstIndex(of: $1)!)
        }
        let stance = best.flatMap { (totals[$0] ?? 0) >= ScoringRules.stanceThreshold ? $0 : nil } ?? .comment
        return StanceResult(stance: stance, cues: cues)
    }

    /// A question sentence of the text.
    struct Question {
        var first: Int
        var end: Int
        /// An assertion follows it in the same text, so it argues rather than asks.
        var isRhetorical: Bool
        /// It mentions a participant ("are you …").
        var addressesParticipant: Bool
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
        var addressed = Set<Int32>()
        for mention in mentions where mention.kind == .participant { addressed.insert(layout.sentence[mention.first]) }
        for index in tokens.indices
        where index == tokens.count - 1 || layout.sentence[index + 1] != layout.sentence[index] {
            let sentence = Int(layout.sentence[index])
            if layout.questions[sentence] > 0, layout.sentenceWords[sentence] > 0 {
                let assertionFollows = assertionAfter[sentence + 1]
                let addresses = addressed.contains(Int32(sentence))
                found.append(
                    Question(
                        first: first, end: index + 1, isRhetorical: assertionFollows, addressesParticipant: addresses))
            }
            first = index + 1
        }
        return found
    }
}
