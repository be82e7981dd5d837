/// The analysis lexicons, typed and validated: categories, incivility, modifiers, targets,
/// stance cues, sentiment words, text-speak spellings and topics.
///
/// Each kind is read from `NAME.tsv` and any `NAME-*.tsv` at the top of the bundle
/// (`incivility.tsv`, `incivility-local.tsv`), so `--lexicons +DIR` can add entries without
/// replacing a default file. A kind with no file is empty.
package struct AnalysisLexicon: Sendable {
    /// The incivility categories (the standard ones when no `categories.tsv` is given).
    package var categories: [IncivilityCategory]
    /// The incivility entries.
    package var incivility: [IncivilityEntry]
    /// Negators, boosters, dampeners and contrast words.
    package var modifiers: [ModifierEntry]
    /// Words naming a target.
    package var targets: [TargetEntry]
    /// Reply-stance cues.
    package var stance: [StanceEntry]
    /// Evaluative words for target stance.
    package var sentiment: [SentimentEntry]
    /// Text-speak spellings and the words they are read as.
    package var spellings: [SpellingEntry]
    /// The topic lexicons (`topics/<topic>.tsv`), in path order.
    package var topics: [TopicLexicon]
    /// Learned weights per task (`weights/stance.tsv`), for the tasks whose file the bundle has.
    package var weights: [FeatureWeights.Task: FeatureWeights] = [:]

    /// Loads the lexicons of `bundle`.
    /// - Throws: the first malformed line, as `file:line: what is wrong`; `read(_:)` returns them all.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        let (lexicon, problems) = Self.read(bundle)
        if let first = problems.first { throw first }
        self = lexicon
    }

    private init() {
        categories = []
        incivility = []
        modifiers = []
        targets = []
        stance = []
        sentiment = []
        spellings = []
        topics = []
    }

    /// Reads the lexicons of `bundle`, keeping every well-formed entry and reporting every malformed line.
    package static func read(_ bundle: LexiconBundle) -> (lexicon: AnalysisLexicon, problems: [LexiconError]) {
        var problems: [LexiconError] = []
        var lexicon = AnalysisLexicon()
        let categoryReader = LexiconRowReader(
            name: "categories", columns: ["category", "description", "weight"], requiredFields: 1)
        lexicon.categories = categoryReader.read(bundle, problems: &problems) {
            row, origin throws(LexiconRowReader.RowError) in
            let weight =
                row[2].isEmpty
                ? 1.0
                : try LexiconRowReader.number(row[2], column: "weight", expected: "a number > 0") { $0 > 0 }
            return IncivilityCategory(name: row[0], description: row[1], weight: weight, origin: origin)
        }
        if categoryReader.files(in: bundle).isEmpty {
            lexicon.categories = IncivilityCategory.standardNames.map {
                IncivilityCategory(name: $0, description: "", weight: 1, origin: "built in")
            }
        }
        let known = Set(lexicon.categories.map(\.name))
        lexicon.incivility = LexiconRowReader(
            name: "incivility", columns: ["term", "weight", "category"], requiredFields: 3
        )
        .read(bundle, problems: &problems) { row, origin throws(LexiconRowReader.RowError) in
            let term = try LexiconRowReader.term(row[0])
            let weight = try LexiconRowReader.number(row[1], column: "weight", expected: "a number in (0, 1]") {
                $0 > 0 && $0 <= 1
            }
            guard known.contains(row[2]) else {
                throw .init(
                    message: "unknown category '\(row[2])': expected one of \(known.sorted().joined(separator: ", "))")
            }
            return IncivilityEntry(term: term, weight: weight, category: row[2], origin: origin)
        }
        lexicon.modifiers = LexiconRowReader(name: "modifiers", columns: ["term", "kind", "value"], requiredFields: 3)
            .read(bundle, problems: &problems) { row, origin throws(LexiconRowReader.RowError) in
                let term = try LexiconRowReader.term(row[0])
                let kind: ModifierEntry.Kind = try LexiconRowReader.kind(row[1], column: "kind")
                let value: Double
                switch kind {
                case .negator:
                    value = try LexiconRowReader.number(row[2], column: "value", expected: "a window of 1 to 10 tokens")
                    {
                        $0 >= 1 && $0 <= 10 && $0 == $0.rounded()
                    }
                case .booster:
                    value = try LexiconRowReader.number(
                        row[2], column: "value", expected: "a multiplier above 1 and at most 3"
                    ) { $0 > 1 && $0 <= 3 }
                case .dampener, .prohibitive, .selfReference, .reportedSpeech, .reportedViolence, .idea, .address:
                    value = try LexiconRowReader.number(row[2], column: "value", expected: "a multiplier in (0, 1)") {
                        $0 > 0 && $0 < 1
                    }
                case .contrast:
                    value = try LexiconRowReader.number(row[2], column: "value", expected: "a multiplier in [1, 3]") {
                        $0 >= 1 && $0 <= 3
                    }
                }
                return ModifierEntry(term: term, kind: kind, value: value, origin: origin)
            }
        lexicon.targets = LexiconRowReader(name: "targets", columns: ["term", "kind"], requiredFields: 2)
            .read(bundle, problems: &problems) { row, origin throws(LexiconRowReader.RowError) in
                TargetEntry(
                    term: try LexiconRowReader.term(row[0]), kind: try LexiconRowReader.kind(row[1], column: "kind"),
                    origin: origin)
            }
        lexicon.stance = LexiconRowReader(name: "stance", columns: ["cue", "weight", "stance"], requiredFields: 3)
            .read(bundle, problems: &problems) { row, origin throws(LexiconRowReader.RowError) in
                let term = try LexiconRowReader.term(row[0])
                let weight = try LexiconRowReader.number(row[1], column: "weight", expected: "a number in (0, 1]") {
                    $0 > 0 && $0 <= 1
                }
                return StanceEntry(
                    term: term, weight: weight, stance: try LexiconRowReader.kind(row[2], column: "stance"),
                    origin: origin)
            }
        lexicon.sentiment = LexiconRowReader(name: "sentiment", columns: ["term", "weight"], requiredFields: 2)
            .read(bundle, problems: &problems) { row, origin throws(LexiconRowReader.RowError) in
                let term = try LexiconRowReader.term(row[0])
                let weight = try LexiconRowReader.number(
                    row[1], column: "weight", expected: "a number in [-1, 1], not 0"
                ) {
                    $0 >= -1 && $0 <= 1 && $0 != 0
                }
                return SentimentEntry(term: term, weight: weight, origin: origin)
            }
        lexicon.spellings = LexiconRowReader(name: "spellings", columns: ["spelling", "reads"], requiredFields: 2)
            .read(bundle, problems: &problems) { row, origin throws(LexiconRowReader.RowError) in
                let spelling = try LexiconRowReader.term(row[0])
                let reads = try LexiconRowReader.term(row[1])
                guard spelling.words.count == 1, !spelling.isPrefix, reads.words.count == 1, !reads.isPrefix else {
                    throw .init(message: "a spelling and its reading are one word each, without '*'")
                }
                return SpellingEntry(spelling: spelling, reads: reads, origin: origin)
            }
        lexicon.topics = readTopics(bundle, problems: &problems)
        lexicon.weights = readWeights(bundle, problems: &problems)
        return (lexicon, problems)
    }
}
