import Foundation
import Lexicon

/// Fits learned weights over named features by multinomial logistic regression with L2, and
/// measures them by k-fold cross-validation.
///
/// Deterministic: features are numbered in byte order of their names, rows kept in file order,
/// folds assigned by position (or by group, in order of first appearance), so the same labeled set
/// gives the same weights and figures in every run.
package struct WeightFitter: Sendable {
    /// What the weights decide.
    package var task: FeatureWeights.Task
    /// The L2 penalty on the mean log-loss.
    package var l2: Double
    /// The number of cross-validation folds.
    package var folds: Int
    /// A feature is fitted only when at least this many training texts have it.
    package var minimumCount: Int
    /// How far the loss evens out the classes: each example weighs (n / (k · n_class))^balance, so 0
    /// weighs every example alike and 1 weighs every class alike (what macro-F1 rewards).
    package var balance: Double

    /// The weights the penalty pulls toward, by feature (one per class): a feature listed here is
    /// fitted even when fewer than `minimumCount` texts have it, and one that no text has keeps
    /// its prior.
    package var prior: [String: [Double]] = [:]

    /// Creates a fitter.
    package init(
        task: FeatureWeights.Task, l2: Double = 0.01, folds: Int = 5, minimumCount: Int = 3, balance: Double = 0.8
    ) {
        self.task = task
        self.balance = balance
        self.l2 = l2
        self.folds = folds
        self.minimumCount = minimumCount
    }

    /// One fitted model with the features it numbers.
    struct Fitted {
        var names: [String]
        var index: [String: Int]
        var model: LogisticRegression.Model
        var iterations: Int

        func row(_ features: [NamedFeature]) -> [(index: Int, value: Double)] {
            features.compactMap { feature in index[feature.name].map { ($0, feature.value) } }
        }
    }

    /// Fits weights to every example (`features[i]` labeled `labels[i]`).
    package func fit(features: [[NamedFeature]], labels: [Int]) -> (weights: FeatureWeights, iterations: Int) {
        let fitted = fitModel(features: features, labels: labels)
        let classes = task.classes.count
        var weights: [String: [Double]] = [FeatureWeights.bias: fitted.model.bias]
        for (position, name) in fitted.names.enumerated() {
            weights[name] = Array(fitted.model.weights[position * classes..<(position + 1) * classes])
        }
        return (FeatureWeights(task: task, weights: weights), fitted.iterations)
    }

    func fitModel(features: [[NamedFeature]], labels: [Int]) -> Fitted {
        var counts: [String: Int] = [:]
        for example in features {
            for feature in example { counts[feature.name, default: 0] += 1 }
        }
        let kept = counts.filter { $0.value >= minimumCount && $0.key != FeatureWeights.bias }.keys
        let names = Set(kept).union(prior.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var fitted = Fitted(
            names: names, index: index, model: .init(classCount: 0, weights: [], bias: []), iterations: 0)
        let rows = zip(features, labels).map { LogisticRegression.Row(features: fitted.row($0), label: $1) }
        var regression = LogisticRegression(classCount: task.classes.count, l2: l2)
        if !prior.isEmpty {
            regression.prior = names.flatMap { prior[$0] ?? [Double](repeating: 0, count: task.classes.count) }
        }
        var perClass = [Int](repeating: 0, count: task.classes.count)
        for label in labels { perClass[label] += 1 }
        regression.classWeights = perClass.map { count in
            count == 0 ? 0 : pow(Double(labels.count) / (Double(perClass.count) * Double(count)), balance)
        }
        (fitted.model, fitted.iterations) = regression.fit(rows, featureCount: names.count)
        return fitted
    }

    /// The prior of the stance weights from the lexicon: each cue of `stance.tsv` (`cue:TERM`)
    /// weighs `scale` × its lexicon weight toward its stance, so that the cues start from what the
    /// moderators wrote and a cue the data never shows keeps it.
    package static func stancePrior(_ lexicon: AnalysisLexicon, scale: Double) -> [String: [Double]] {
        var prior: [String: [Double]] = [:]
        let classes = FeatureWeights.Task.stance.classes
        for entry in lexicon.stance {
            guard let index = classes.firstIndex(of: entry.stance.rawValue) else { continue }
            var values =
                prior[StanceFeatureName.cue + entry.term.description] ?? [Double](repeating: 0, count: classes.count)
            values[index] = max(values[index], scale * entry.weight)
            prior[StanceFeatureName.cue + entry.term.description] = values
        }
        return prior
    }

    /// The k-fold cross-validated figures: each example is predicted by weights fitted on the other
    /// folds. With `groups`, a group's examples share a fold (fold = the group's order of first
    /// appearance mod k); otherwise example i is in fold i mod k.
    package func crossValidate(features: [[NamedFeature]], labels: [Int], groups: [String?]) -> CrossValidation {
        var fold = [Int](repeating: 0, count: features.count)
        var ordinals: [String: Int] = [:]
        for position in features.indices {
            if let group = groups.indices.contains(position) ? groups[position] : nil {
                let ordinal = ordinals[group] ?? ordinals.count
                ordinals[group] = ordinal
                fold[position] = ordinal % folds
            } else {
                fold[position] = position % folds
            }
        }
        var predicted = [Int](repeating: 0, count: features.count)
        var probabilities = [Double](repeating: 0, count: features.count)
        for held in 0..<folds {
            let training = features.indices.filter { fold[$0] != held }
            let testing = features.indices.filter { fold[$0] == held }
            guard !training.isEmpty, !testing.isEmpty else { continue }
            let fitted = fitModel(features: training.map { features[$0] }, labels: training.map { labels[$0] })
            for position in testing {
                let row = fitted.row(features[position])
                predicted[position] = fitted.model.predict(row)
                probabilities[position] = fitted.model.probabilities(row).last ?? 0
            }
        }
        return CrossValidation(
            classes: task.classes, labels: labels, predicted: predicted,
            positiveProbabilities: task == .incivility ? probabilities : nil, folds: folds)
    }
}
