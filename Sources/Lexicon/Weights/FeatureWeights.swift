/// Learned weights over named features (`cue:yeah`, `rule:final-question`, `word:fake`), one
/// weight per feature and class, read from a plain TSV of the lexicons (`weights/stance.tsv`:
/// `feature<TAB>class<TAB>weight`) so that a reviewer can read and diff them.
///
/// A class's score is the sum of `weight × value` over the features present (the feature `bias`
/// is always present, with value 1); the class with the highest score wins.
package struct FeatureWeights: Sendable, Equatable {
    /// What the weights decide, and so which classes their file may name.
    package enum Task: String, Sendable, CaseIterable {
        /// Reply stance: support, deny, query, comment.
        case stance
        /// Incivility: civil, uncivil.
        case incivility

        /// The classes, in the order scores and files list them.
        package var classes: [String] {
            switch self {
            case .stance: ["support", "deny", "query", "comment"]
            case .incivility: ["civil", "uncivil"]
            }
        }

        /// The file of the lexicons that holds the task's weights.
        package var path: String { "weights/\(rawValue).tsv" }
    }

    /// The feature present in every text, with value 1.
    package static let bias = "bias"

    /// What the weights decide.
    package var task: Task
    /// Per feature, one weight per class of `task.classes`.
    package var weights: [String: [Double]]
    /// Per feature, where its first weight is defined (`Lexicons/weights/stance.tsv:12`).
    package var origins: [String: String]

    /// Creates weights for `task`.
    package init(task: Task, weights: [String: [Double]], origins: [String: String] = [:]) {
        self.task = task
        self.weights = weights
        self.origins = origins
    }

    /// The weights of `feature`, one per class, or `nil` when it has none.
    package func weights(of feature: String) -> [Double]? {
        weights[feature]
    }

    /// The feature names with weights, in byte order of their UTF-8 (the order files list them).
    package var sortedFeatures: [String] {
        // Compared as byte arrays, made once per name: comparing `String.UTF8View`s walks them
        // through the view's index on every comparison.
        weights.keys.map { (bytes: Array($0.utf8), name: $0) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
            .map(\.name)
    }
}
