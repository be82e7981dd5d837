/// What `lexicon eval --format json` keeps of an evaluation, so that a later run can be compared
/// with it: every text's score and whether it was caught, and every entry's firing counts.
package struct EvaluationSnapshot: Sendable, Equatable {
    /// One text's result.
    package struct Text: Sendable, Equatable {
        /// The 1-based line in the labeled file.
        package var line: Int
        /// The text.
        package var text: String
        /// Whether it is labeled uncivil.
        package var isUncivil: Bool
        /// Its score.
        package var score: Double
        /// Whether it scored at or above the run's cut-off.
        package var isCaught: Bool
        /// The entries that fired on it (`idiot*`).
        package var entries: [String]

        /// Creates a text's result.
        package init(line: Int, text: String, isUncivil: Bool, score: Double, isCaught: Bool, entries: [String]) {
            self.line = line
            self.text = text
            self.isUncivil = isUncivil
            self.score = score
            self.isCaught = isCaught
            self.entries = entries
        }
    }

    /// One entry's firing counts.
    package struct Entry: Sendable, Equatable {
        /// The entry's term (`idiot*`).
        package var name: String
        /// How many texts it fired on.
        package var fired: Int
        /// How many of those are labeled uncivil.
        package var onUncivil: Int
        /// `onUncivil / fired`.
        package var precision: Double { fired == 0 ? 0 : Double(onUncivil) / Double(fired) }

        /// Creates an entry's counts.
        package init(name: String, fired: Int, onUncivil: Int) {
            self.name = name
            self.fired = fired
            self.onUncivil = onUncivil
        }
    }

    /// The cut-off from which a text counts as caught.
    package var cutoff: Double
    /// The texts, in file order.
    package var texts: [Text]
    /// Every entry that fired, by name in byte order.
    package var entries: [Entry]

    /// Creates a snapshot; `entries` are counted from `texts`.
    package init(cutoff: Double, texts: [Text]) {
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
    package init(_ evaluation: Evaluation) {
        self.init(
            cutoff: evaluation.atCutoff.cutoff,
            texts: evaluation.scored.map {
                Text(
                    line: $0.example.line, text: $0.example.text, isUncivil: $0.example.isUncivil, score: $0.score,
                    isCaught: $0.score >= evaluation.atCutoff.cutoff, entries: $0.entryNames)
            })
    }
}
