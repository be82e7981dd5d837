/// Cross-validated figures of fitted weights: the confusion matrix, per-class precision, recall and
/// F1, macro-F1 and accuracy; for incivility also ROC-AUC of the uncivil probability.
package struct CrossValidation: Sendable {
    /// Precision, recall and F1 of one class.
    package struct ClassFigures: Sendable, Equatable {
        /// The class.
        package var name: String
        /// How many examples have it.
        package var labeled: Int
        /// How many were predicted as it.
        package var predicted: Int
        /// Of those predicted, the share right.
        package var precision: Double
        /// Of those labeled, the share found.
        package var recall: Double
        /// The harmonic mean of precision and recall.
        package var f1: Double
    }

    /// The number of folds.
    package var folds: Int
    /// `confusion[label][predicted]` counts.
    package var confusion: [[Int]]
    /// Per class, in the task's order.
    package var perClass: [ClassFigures]
    /// The mean of the per-class F1.
    package var macroF1: Double
    /// The share predicted right.
    package var accuracy: Double
    /// For two classes, the ROC-AUC of the second class's probability.
    package var rocAUC: Double?

    init(classes: [String], labels: [Int], predicted: [Int], positiveProbabilities: [Double]?, folds: Int) {
        self.folds = folds
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: classes.count), count: classes.count)
        for (label, guess) in zip(labels, predicted) { confusion[label][guess] += 1 }
        self.confusion = confusion
        perClass = classes.indices.map { index in
            let right = confusion[index][index]
            let labeled = confusion[index].reduce(0, +)
            let predicted = confusion.reduce(0) { $0 + $1[index] }
            let point = Evaluation.point(truePositives: right, predicted: predicted, positives: labeled, cutoff: 0)
            return ClassFigures(
                name: classes[index], labeled: labeled, predicted: predicted, precision: point.precision,
                recall: point.recall, f1: point.f1)
        }
        macroF1 = perClass.isEmpty ? 0 : perClass.map(\.f1).reduce(0, +) / Double(perClass.count)
        let right = classes.indices.reduce(0) { $0 + confusion[$1][$1] }
        accuracy = labels.isEmpty ? 0 : Double(right) / Double(labels.count)
        rocAUC = positiveProbabilities.map { probabilities in
            Evaluation.rocAUC(
                zip(labels, probabilities).enumerated().map { position, pair in
                    Evaluation.Scored(
                        example: LabeledSet.Example(line: position + 1, text: "", isUncivil: pair.0 == 1),
                        score: pair.1, entries: [])
                })
        }
    }
}
