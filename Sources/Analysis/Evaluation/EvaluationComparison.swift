/// What changed between a baseline evaluation and a new one of the same labeled file: per text,
/// the uncivil texts newly caught or newly missed and the civil texts newly flagged or cleared;
/// per entry, the ones that fire on more or fewer texts, appeared or disappeared.
package struct EvaluationComparison: Sendable {
    /// One text in both runs.
    package struct TextChange: Sendable, Equatable {
        /// The text now.
        package var now: EvaluationSnapshot.Text
        /// Its score in the baseline.
        package var before: Double
    }

    /// One entry whose counts changed (a count of 0 on one side: it appeared or disappeared).
    package struct EntryChange: Sendable, Equatable {
        /// The entry's term.
        package var name: String
        /// Its counts in the baseline (`fired` 0 when it did not fire).
        package var before: EvaluationSnapshot.Entry
        /// Its counts now.
        package var now: EvaluationSnapshot.Entry
    }

    /// Uncivil texts caught now and not before, in file order.
    package var newlyCaught: [TextChange] = []
    /// Uncivil texts caught before and not now.
    package var newlyMissed: [TextChange] = []
    /// Civil texts caught now and not before (new false positives).
    package var newlyFlagged: [TextChange] = []
    /// Civil texts caught before and not now.
    package var newlyCleared: [TextChange] = []
    /// Entries whose counts changed, by name in byte order.
    package var entries: [EntryChange] = []
    /// Lines of the new run that the baseline lacks or holds another text on; they are not compared.
    package var unmatchedLines: [Int] = []

    /// Compares `now` with `baseline`, text by text (matched by line and text) and entry by entry.
    /// - Complexity: O(n log n) in the texts and entries.
    package init(baseline: EvaluationSnapshot, now: EvaluationSnapshot) {
        var before: [Int: EvaluationSnapshot.Text] = [:]
        for text in baseline.texts { before[text.line] = text }
        for text in now.texts {
            guard let old = before[text.line], old.text == text.text, old.isUncivil == text.isUncivil else {
                unmatchedLines.append(text.line)
                continue
            }
            let wasCaught = old.isCaught
            let isCaught = text.isCaught
            guard wasCaught != isCaught else { continue }
            let change = TextChange(now: text, before: old.score)
            switch (text.isUncivil, isCaught) {
            case (true, true): newlyCaught.append(change)
            case (true, false): newlyMissed.append(change)
            case (false, true): newlyFlagged.append(change)
            case (false, false): newlyCleared.append(change)
            }
        }
        var old: [String: EvaluationSnapshot.Entry] = [:]
        for entry in baseline.entries { old[entry.name] = entry }
        var new: [String: EvaluationSnapshot.Entry] = [:]
        for entry in now.entries { new[entry.name] = entry }
        let names = Set(old.keys).union(new.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let before = old[name] ?? .init(name: name, fired: 0, onUncivil: 0)
            let after = new[name] ?? .init(name: name, fired: 0, onUncivil: 0)
            if before != after { entries.append(EntryChange(name: name, before: before, now: after)) }
        }
    }
}
