/// What `lexicon eval --format json` keeps of an evaluation, so that a later run can be compared
/// with it: every text's score and whether it was caught, and every entry's firing counts.
public struct EvaluationSnapshot: Sendable, Equatable {
    /// One text's result.
    public struct Text: Sendable, Equatable {
        /// The 1-based line in the labeled file.
        public var line: Int
        /// The text.
        public var text: String
        /// Whether it is labeled uncivil.
        public var isUncivil: Bool
        /// Its score.
        public var score: Double
        /// Whether it scored at or above the run's cut-off.
        public var isCaught: Bool
        /// The entries that fired on it (`idiot*`).
        public var entries: [String]

        /// Creates a text's result.
        public init(line: Int, text: String, isUncivil: Bool, score: Double, isCaught: Bool, entries: [String]) {
            self.line = line
            self.text = text
            self.isUncivil = isUncivil
            self.score = score
            self.isCaught = isCaught
            self.entries = entries
        }
    }

    /// One entry's firing counts.
    public struct Entry: Sendable, Equatable {
        /// The entry's term (`idiot*`).
        public var name: String
        /// How many texts it fired on.
        public var fired: Int
        /// How many of those are labeled uncivil.
        public var onUncivil: Int
        /// `onUncivil / fired`.
        public var precision: Double { fired == 0 ? 0 : Double(onUncivil) / Double(fired) }

        /// Creates an entry's counts.
        public init(name: String, fired: Int, onUncivil: Int) {
            self.name = name
            self.fired = fired
            self.onUncivil = onUncivil
        }
    }

    /// The cut-off from which a text counts as caught.
    public var cutoff: Double
    /// The texts, in file order.
    public var texts: [Text]
    /// Every entry that fired, by name in byte order.
    public var entries: [Entry]

    /// Creates a snapshot; `entries` are counted from `texts`.
    public init(cutoff: Double, texts: [Text]) {
        self.cutoff = cutoff
        self.texts = texts
        var counts: [String: Entry] = [:]
        for text in texts {
            for name in Set(text.entries) {
                counts[name, default: Entry(name: name, fired: 0, onUncivil: 0)].fired += 1
                if text.isUncivil { counts[name]?.onUncivil += 1 }
            }
        }
        entries = counts.values.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// The snapshot of `evaluation`.
    public init(_ evaluation: Evaluation) {
        self.init(
            cutoff: evaluation.atCutoff.cutoff,
            texts: evaluation.scored.map {
                Text(
                    line: $0.example.line, text: $0.example.text, isUncivil: $0.example.isUncivil, score: $0.score,
                    isCaught: $0.score >= evaluation.atCutoff.cutoff, entries: $0.entryNames)
            })
    }
}
