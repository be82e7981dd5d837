import Lexicon

/// The edits `threadscan lexicon suggest` proposes for a labeled set, each with its effect
/// measured by scoring the texts again with the edit made: lower weights for the entries that
/// fire mostly on civil texts, new phrases from the uncivil texts the lexicons miss, and the test
/// cases that pin each edit down.
package struct LexiconSuggestions: Sendable {
    /// What an edit does at the cut-off, measured on the texts it touches.
    package struct Effect: Sendable {
        /// A text that crosses the cut-off, with its score before and with the edit.
        package struct Change: Sendable {
            package var example: LabeledSet.Example
            package var before: Double
            package var score: Double
        }

        /// Uncivil texts that reach the cut-off with the edit and did not before.
        package var caught: [Change] = []
        /// Uncivil texts that fall below the cut-off with the edit.
        package var missed: [Change] = []
        /// Civil texts that reach the cut-off with the edit.
        package var flagged: [Change] = []
        /// Civil texts that fall below the cut-off with the edit.
        package var cleared: [Change] = []
        /// F1 at the cut-off with the edit (the set's F1 without it is `LexiconSuggestions.before`).
        package var f1 = 0.0
    }

    /// An entry to weigh less: it fires mostly on civil texts.
    package struct Lowering: Sendable {
        package var entry: IncivilityEntry
        package var fired: Int
        package var onUncivil: Int
        package var precision: Double { fired == 0 ? 0 : Double(onUncivil) / Double(fired) }
        /// The proposed weight.
        package var weight: Double
        package var effect: Effect
    }

    /// A phrase of the missed uncivil texts to add as an entry.
    package struct Addition: Sendable {
        package var entry: IncivilityEntry
        /// The missed uncivil texts that hold it.
        package var inMissed: Int
        /// The labeled texts that hold it, and those of them labeled uncivil.
        package var holding: Int
        package var uncivil: Int
        package var precision: Double { holding == 0 ? 0 : Double(uncivil) / Double(holding) }
        /// The precision to expect on new texts: (uncivil + 1) / (holding + 2), which trusts a
        /// share of many texts more than the same share of a few.
        package var estimate: Double { Double(uncivil + 1) / Double(holding + 2) }
        package var effect: Effect
    }

    /// What the suggestions look for.
    package struct Settings: Sendable {
        /// The score from which a text counts as uncivil.
        package var cutoff: Double
        /// How many suggestions of each kind to give.
        package var top: Int
        /// The fewest times an entry must fire to be weighed.
        package var minimumFired: Int
        /// An entry whose precision is below this fires mostly on civil texts.
        package var lowPrecision = 0.5
        /// The fewest missed uncivil texts a phrase must be in.
        package var minimumMissed: Int
        /// The lowest share of uncivil texts among those holding a phrase.
        package var minimumPrecision: Double
        /// The weight and category of a proposed phrase.
        package var weight: Double
        package var category: String
        /// The most words in a proposed phrase.
        package var longestPhrase = 3

        package init(
            cutoff: Double, top: Int, minimumFired: Int, minimumMissed: Int, minimumPrecision: Double, weight: Double,
            category: String
        ) {
            self.cutoff = cutoff
            self.top = top
            self.minimumFired = minimumFired
            self.minimumMissed = minimumMissed
            self.minimumPrecision = minimumPrecision
            self.weight = weight
            self.category = category
        }
    }

    /// The evaluation the suggestions start from.
    package var evaluation: Evaluation
    package var lowerings: [Lowering]
    package var additions: [Addition]
    /// F1 at the cut-off before any edit.
    package var before: Double { evaluation.atCutoff.f1 }

    /// Measures `set` with `analyzer` and proposes edits.
    /// - Complexity: one scoring of the set, then, per edit measured, a scoring of the texts it
    ///   touches; phrases are counted in one pass over the texts.
    package init(set: LabeledSet, analyzer: Analyzer, settings: Settings) {
        evaluation = Evaluation(
            set: set, analyzer: analyzer, cutoff: settings.cutoff, minimumFired: settings.minimumFired)
        lowerings = Self.lowerings(evaluation, analyzer: analyzer, settings: settings)
        additions = Self.additions(evaluation, analyzer: analyzer, settings: settings)
    }

    /// The test cases the edits call for, each text once, in the order of the edits: the first
    /// civil text an edit clears, expected in its new band or below (`band=none`), and the first
    /// uncivil text it catches, expected in its new band or above (`band>=low`); a text whose
    /// band does not change gives no case.
    package var cases: [(text: String, expect: String)] {
        var seen = Set<String>()
        var cases: [(text: String, expect: String)] = []
        for lowering in lowerings {
            for change in lowering.effect.cleared where Severity(score: change.score) < Severity(score: change.before) {
                let band = Severity(score: change.score)
                if seen.insert(change.example.text).inserted {
                    cases.append((change.example.text, band == .none ? "band=none" : "band<=\(band.rawValue)"))
                }
                break
            }
        }
        for addition in additions {
            for change in addition.effect.caught where Severity(score: change.score) > Severity(score: change.before) {
                if seen.insert(change.example.text).inserted {
                    cases.append((change.example.text, "band>=\(Severity(score: change.score).rawValue)"))
                }
                break
            }
        }
        return cases
    }

    private static func lowerings(_ evaluation: Evaluation, analyzer: Analyzer, settings: Settings) -> [Lowering] {
        let entries = analyzer.lexicon.incivility
        var byOrigin: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { byOrigin[entry.origin] = index }
        var found: [Lowering] = []
        for counts in evaluation.entryPrecision where counts.precision < settings.lowPrecision {
            guard found.count < settings.top else { break }
            guard let origin = origin(of: counts.entry), let index = byOrigin[origin] else { continue }
            let entry = entries[index]
            let touched = evaluation.scored.indices.filter { evaluation.scored[$0].entries.contains(counts.entry) }
            var best: (weight: Double, effect: Effect)?
            for weight in loweredWeights(entry.weight, precision: counts.precision, settings: settings) {
                var lexicon = analyzer.lexicon
                lexicon.incivility[index].weight = weight
                let effect = measure(
                    evaluation, touched: touched, with: Analyzer(lexicon: lexicon), cutoff: settings.cutoff)
                if best.map({ effect.f1 > $0.effect.f1 }) ?? true { best = (weight, effect) }
            }
            guard let (weight, effect) = best else { continue }
            found.append(
                Lowering(entry: entry, fired: counts.fired, onUncivil: counts.onUncivil, weight: weight, effect: effect)
            )
        }
        return found
    }

    /// The weights tried for an entry, highest first: its weight × its precision over
    /// `lowPrecision`, then a half and a quarter of its weight, then 0.01; each rounded to two
    /// decimals and below the weight it has.
    private static func loweredWeights(_ weight: Double, precision: Double, settings: Settings) -> [Double] {
        let tried = [weight * precision / settings.lowPrecision, weight / 2, weight / 4, 0.01].map {
            max(0.01, ($0 * 100).rounded() / 100)
        }
        return Array(Set(tried.filter { $0 < weight })).sorted(by: >)
    }

    private static func additions(_ evaluation: Evaluation, analyzer: Analyzer, settings: Settings) -> [Addition] {
        let scored = evaluation.scored
        let phrasesOf = scored.map { LabeledPhrases($0.example.text, longest: settings.longestPhrase).phrases }
        var inMissed: [String: Int] = [:]
        for (index, item) in scored.enumerated() where item.example.isUncivil && item.score < settings.cutoff {
            for phrase in phrasesOf[index] { inMissed[phrase, default: 0] += 1 }
        }
        let known = Set(analyzer.lexicon.incivility.map(\.term.description))
        let candidates = inMissed.filter { phrase, count in
            count >= settings.minimumMissed && !known.contains(phrase) && phrase.utf8.count >= 3
                && (try? LexiconTerm(parsing: phrase)) != nil
        }
        var holding: [String: [Int]] = [:]
        for (index, phrases) in phrasesOf.enumerated() {
            for phrase in phrases where candidates[phrase] != nil { holding[phrase, default: []].append(index) }
        }
        var precision: [String: Double] = [:]
        var estimate: [String: Double] = [:]
        var gain: [String: Int] = [:]
        for (phrase, texts) in holding {
            let uncivil = Double(texts.filter { scored[$0].example.isUncivil }.count)
            precision[phrase] = uncivil / Double(texts.count)
            estimate[phrase] = (uncivil + 1) / Double(texts.count + 2)
            let civilBelow = texts.filter { !scored[$0].example.isUncivil && scored[$0].score < settings.cutoff }.count
            gain[phrase] = candidates[phrase]! - civilBelow
        }
        let ranked = candidates.keys.filter {
            precision[$0, default: 0] >= settings.minimumPrecision && gain[$0, default: 0] > 0
        }.sorted { a, b in
            if gain[a]! != gain[b]! { return gain[a]! > gain[b]! }
            if estimate[a]! != estimate[b]! { return estimate[a]! > estimate[b]! }
            let wordsA = a.split(separator: " ").count
            let wordsB = b.split(separator: " ").count
            if wordsA != wordsB { return wordsA < wordsB }
            return Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
        }
        var found: [Addition] = []
        for phrase in ranked.prefix(settings.top * 3) where found.count < settings.top {
            guard let term = try? LexiconTerm(parsing: phrase) else { continue }
            let entry = IncivilityEntry(
                term: term, weight: settings.weight, category: settings.category, origin: "suggested")
            var lexicon = analyzer.lexicon
            lexicon.incivility.append(entry)
            let touched = holding[phrase] ?? []
            let effect = measure(
                evaluation, touched: touched, with: Analyzer(lexicon: lexicon), cutoff: settings.cutoff)
            guard !effect.caught.isEmpty, effect.f1 > evaluation.atCutoff.f1 else { continue }
            let uncivil = touched.filter { scored[$0].example.isUncivil }.count
            found.append(
                Addition(
                    entry: entry, inMissed: candidates[phrase]!, holding: touched.count, uncivil: uncivil,
                    effect: effect))
        }
        return found
    }

    /// Scores the `touched` texts again with `analyzer` and compares them with the evaluation.
    private static func measure(_ evaluation: Evaluation, touched: [Int], with analyzer: Analyzer, cutoff: Double)
        -> Effect
    {
        var scored = evaluation.scored
        var effect = Effect()
        for index in touched {
            let before = scored[index]
            let score = analyzer.analyze(before.example.text).incivility.score
            scored[index].score = score
            let change = Effect.Change(example: before.example, before: before.score, score: score)
            switch (before.example.isUncivil, before.score >= cutoff, score >= cutoff) {
            case (true, false, true): effect.caught.append(change)
            case (true, true, false): effect.missed.append(change)
            case (false, false, true): effect.flagged.append(change)
            case (false, true, false): effect.cleared.append(change)
            default: break
            }
        }
        effect.f1 =
            Evaluation.point(scored, cutoff: cutoff, positives: evaluation.uncivilCount).f1
        return effect
    }

    /// The origin in an evaluation's entry label (`idiot (Lexicons/incivility.tsv:14)`).
    private static func origin(of label: String) -> String? {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return nil }
        return String(label[label.index(after: open)..<label.index(before: label.endIndex)])
    }
}
