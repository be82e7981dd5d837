import Lexicon

extension TextScan {
    /// The named features of the reply toward `parent`, in a fixed order: the stance cues and
    /// their sums, the first word, the rules of shape (questions, links, retweets, length), the
    /// comparison with the parent (shared words, quoted runs), incivility at a participant, and
    /// the reply's words (with `weightedWords`, only those it has: the others weigh nothing).
    /// - Complexity: O(n + p) in the tokens of the reply and the parent.
    func stanceFeatures(
        parent: String, incivility: IncivilityScoring, weightedWords: ByteStringTable? = nil
    ) -> [NamedFeature] {
        var features: [NamedFeature] = []
        func add(_ name: String, _ value: Double = 1, _ tokens: Range<Int>? = nil, source: Evidence.Source = .rule) {
            features.append(NamedFeature(name: name, value: value, tokens: tokens, source: source))
        }
        let words = ReplyWords(scan: self)
        var totals = [Double](repeating: 0, count: ReplyStance.allCases.count)
        var opening = [Bool](repeating: false, count: ReplyStance.allCases.count)
        var seenCues = Set<String>()
        for cue in stanceCues() {
            let name = (cue.isNegated ? StanceFeatureName.negatedCue : StanceFeatureName.cue) + cue.term
            if seenCues.insert(name).inserted { add(name, 1, cue.match.first..<cue.match.end, source: .entry) }
            let index = ReplyStance.allCases.firstIndex(of: cue.stance) ?? 0
            totals[index] += cue.weight
            if cue.match.first == words.firstContent { opening[index] = true }
        }
        for (index, stance) in ReplyStance.allCases.enumerated() where stance != .comment {
            if totals[index] > 0 { add(StanceFeatureName.lexicon + stance.rawValue, totals[index]) }
            if opening[index] { add(StanceFeatureName.opening + stance.rawValue) }
        }
        if let first = words.firstContent {
            add(StanceFeatureName.firstWord + words.text(first), 1, first..<first + 1)
        }
        for (name, tokens) in words.shapeRules() { add(StanceFeatureName.rule + name, 1, tokens) }
        let parentWords = analyzer.parents.words(of: parent, vocabulary: analyzer.index.vocabulary)
        let (shared, quoted) = words.overlap(with: parentWords)
        if shared > 0 { add(StanceFeatureName.rule + "parent-overlap", shared) }
        if let quoted { add(StanceFeatureName.rule + "quotes-parent", 1, quoted) }
        if parentWords.asks { add(StanceFeatureName.rule + "parent-asks") }
        let attack = incivility.cues.filter { $0.target == .participant }.max { $0.weight < $1.weight }
        if let attack {
            add(
                StanceFeatureName.rule + "incivility-at-participant", attack.weight,
                attack.match.first..<attack.match.end)
        }
        if words.mentions > 0 {
            add(
                StanceFeatureName.rule + "mentions",
                Double(min(words.mentions, ReplyWords.mentionsCounted)) / Double(ReplyWords.mentionsCounted))
        }
        // Each word once: told apart by its id among the weighted words (a bit each), or, when
        // every word counts, by a table of the words seen.
        var seenWords = ByteStringTable(capacity: weightedWords == nil ? words.content.count : 0)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ((weightedWords?.count ?? 0) + 63) / 64) {
            seenWeighted in
            seenWeighted.initialize(repeating: 0)
            contentWords.forEachWord { index, word, hash in
                if let weightedWords {
                    guard let id = weightedWords.find(word, hash: hash), seenWeighted.insertID(id) else { return }
                } else {
                    let count = seenWords.count
                    guard seenWords.insert(word, hash: hash) == count else { return }
                }
                add(StanceFeatureName.word + words.text(index), 1, index..<index + 1)
            }
        }

        return features
    }
}
