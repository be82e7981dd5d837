import Lexicon

/// A monotone map from our raw score to a probability, read from the lexicon file
/// `calibration.tsv` (written by `Scripts/fit-calibration.py`): knots `(score, probability)`
/// with rising scores and non-falling probabilities, joined by straight lines, flat beyond the ends.
package struct Calibration: Sendable, Equatable {
    /// The lexicon file the calibration is read from.
    package static let fileName = "calibration.tsv"

    /// The knots, by rising score.
    package private(set) var knots: [(score: Double, probability: Double)]

    package static func == (lhs: Calibration, rhs: Calibration) -> Bool {
        lhs.knots.count == rhs.knots.count
            && zip(lhs.knots, rhs.knots).allSatisfy { $0.score == $1.score && $0.probability == $1.probability }
    }

    /// Reads the calibration from `bundle`.
    /// - Throws: `LexiconError` at the line of a malformed knot, or one that breaks monotonicity.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        guard let file = bundle.file(Self.fileName) else {
            throw .unreadable(path: Self.fileName, reason: "the lexicons hold no \(Self.fileName)")
        }
        let table = try TSVTable(file: file.origin, text: file.text, requiredColumns: 2)
        guard table.columns.prefix(2) == ["score", "probability"] else {
            throw .malformed(file: file.origin, line: 1, message: "expected the header 'score<TAB>probability'")
        }
        knots = []
        for row in table.rows {
            guard let score = Double(row[0]), let probability = Double(row[1]), (0...1).contains(score),
                (0...1).contains(probability)
            else {
                throw .malformed(
                    file: file.origin, line: row.line, message: "expected a score and a probability, both in [0, 1]")
            }
            if let last = knots.last, score <= last.score || probability < last.probability {
                throw .malformed(
                    file: file.origin, line: row.line,
                    message: "knots must have rising scores and non-falling probabilities (the map is monotone)")
            }
            knots.append((score, probability))
        }
        guard knots.count >= 2 else {
            throw .malformed(file: file.origin, line: 1, message: "expected at least two knots")
        }
    }

    /// The probability for raw score `score`.
    /// - Complexity: O(log k) in the number of knots.
    package func probability(_ score: Double) -> Double {
        guard score > knots[0].score else { return knots[0].probability }
        guard score < knots[knots.count - 1].score else { return knots[knots.count - 1].probability }
        var low = 0
        var high = knots.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if knots[middle].score <= score { low = middle } else { high = middle }
        }
        let (x0, y0) = knots[low]
        let (x1, y1) = knots[high]
        return y0 + (y1 - y0) * (score - x0) / (x1 - x0)
    }
}
