/// How well the analyzer's scores separate a labeled set: precision, recall and F1 at a cut-off,
/// the cut-off with the best F1, ROC-AUC, the worst mistakes, and the precision of each entry.
package struct Evaluation: Sendable {
    /// One scored example.
    package struct Scored: Sendable {
        package var example: LabeledSet.Example
        package var score: Double
        /// The entries that fired (`idiot*`), each with its origin.
        package var entries: [String]
        /// The entries that fired, by term alone (`idiot*`), as comparisons between runs key them.
        package var entryNames: [String] = []
    }

    /// Precision, recall and F1 at one cut-off.
    package struct Point: Sendable, Equatable {
        package var cutoff: Double
        package var precision: Double
        package var recall: Double
        package var f1: Double
    }

    /// How often an entry fired and how often on an uncivil text.
    package struct EntryPrecision: Sendable {
        package var entry: String
        package var fired: Int
        package var onUncivil: Int
        package var precision: Double { fired == 0 ? 0 : Double(onUncivil) / Double(fired) }
    }

    /// The examples with their scores, in file order.
    package var scored: [Scored]
    /// The number labeled uncivil.
    package var uncivilCount: Int
    /// The results at the cut-off asked for.
    package var atCutoff: Point
    /// The cut-off with the highest F1.
    package var best: Point
    /// The area under the ROC curve (rank-based, ties counted half).
    package var rocAUC: Double
    /// Per entry that fired at least `minimumFired` times, lowest precision first, then the most
    /// fired, then by entry name, so that ties never depend on hashing.
    package var entryPrecision: [EntryPrecision]

    /// Scores `set` with `analyzer` and measures it at `cutoff`.
    /// - Complexity: O(n log n) in the number of examples, after scoring.
    package init(set: LabeledSet, analyzer: Analyzer, cutoff: Double = Severity.low.lowestScore, minimumFired: Int = 10)
    {
        let scored = set.examples.map { example in
            let result = analyzer.analyze(example.text).incivility
            let fired = result.evidence.filter { $0.source == .entry }
            return Scored(
                example: example, score: result.score, entries: fired.map { "\($0.name) (\($0.origin ?? ""))" },
                entryNames: fired.map(\.name))
        }
        self.init(scored: scored, cutoff: cutoff, minimumFired: minimumFired)
    }

    /// Measures already scored examples.
    package init(scored: [Scored], cutoff: Double, minimumFired: Int) {
        self.scored = scored
        uncivilCount = scored.filter(\.example.isUncivil).count
        atCutoff = Self.point(scored, cutoff: cutoff, positives: uncivilCount)
        let ordered = scored.sorted { $0.score > $1.score }
        var best = Point(cutoff: 1, precision: 0, recall: 0, f1: 0)
        var truePositives = 0
        var predicted = 0
        for (offset, item) in ordered.enumerated() {
            predicted += 1
            if item.example.isUncivil { truePositives += 1 }
            let isLastOfTie = offset == ordered.count - 1 || ordered[offset + 1].score != item.score
            guard isLastOfTie, item.score > 0 else { continue }
            let point = Self.point(
                truePositives: truePositives, predicted: predicted, positives: uncivilCount, cutoff: item.score)
            if point.f1 > best.f1 { best = point }
        }
        self.best = best
        rocAUC = Self.rocAUC(scored)
        var counts: [String: EntryPrecision] = [:]
        for item in scored {
            for entry in Set(item.entries) {
                counts[entry, default: EntryPrecision(entry: entry, fired: 0, onUncivil: 0)].fired += 1
                if item.example.isUncivil { counts[entry]!.onUncivil += 1 }
            }
        }
        entryPrecision = counts.values.filter { $0.fired >= minimumFired }.sorted {
            if $0.precision != $1.precision { return $0.precision < $1.precision }
            return $0.fired != $1.fired ? $0.fired > $1.fired : $0.entry < $1.entry
        }
    }

    /// Civil texts scored at or above the cut-off, highest first.
    package func falsePositives(limit: Int) -> [Scored] {
        Array(
            scored.filter { !$0.example.isUncivil && $0.score >= atCutoff.cutoff }.sorted { $0.score > $1.score }
                .prefix(limit))
    }

    /// Uncivil texts scored below the cut-off, lowest first.
    package func falseNegatives(limit: Int) -> [Scored] {
        Array(
            scored.filter { $0.example.isUncivil && $0.score < atCutoff.cutoff }.sorted { $0.score < $1.score }.prefix(
                limit))
    }

    static func point(_ scored: [Scored], cutoff: Double, positives: Int) -> Point {
        let predicted = scored.filter { $0.score >= cutoff }
        return point(
            truePositives: predicted.filter(\.example.isUncivil).count, predicted: predicted.count,
            positives: positives, cutoff: cutoff)
    }

    static func point(truePositives: Int, predicted: Int, positives: Int, cutoff: Double) -> Point {
        let precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
        let recall = positives == 0 ? 0 : Double(truePositives) / Double(positives)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return Point(cutoff: cutoff, precision: precision, recall: recall, f1: f1)
    }

    /// The Mann–Whitney estimate of ROC-AUC: average ranks for tied scores.
    static func rocAUC(_ scored: [Scored]) -> Double {
        let ordered = scored.sorted { $0.score < $1.score }
        let positives = ordered.filter(\.example.isUncivil).count
        let negatives = ordered.count - positives
        guard positives > 0, negatives > 0 else { return 0.5 }
        var rankSum = 0.0
        var start = 0
        while start < ordered.count {
            var end = start
            while end + 1 < ordered.count, ordered[end + 1].score == ordered[start].score { end += 1 }
            let averageRank = Double(start + end) / 2 + 1
            rankSum += averageRank * Double(ordered[start...end].filter(\.example.isUncivil).count)
            start = end + 1
        }
        return (rankSum - Double(positives) * Double(positives + 1) / 2) / (Double(positives) * Double(negatives))
    }
}
