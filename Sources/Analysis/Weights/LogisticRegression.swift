import Foundation

/// Multinomial logistic regression with an L2 penalty, fitted by accelerated gradient descent
/// (Nesterov momentum with adaptive restart) on sparse rows.
///
/// Deterministic: every sum runs in a fixed order over rows and features, the start is all
/// zeros, and the step comes from a fixed number of power iterations, so the same rows always
/// give the same weights, bit for bit.
struct LogisticRegression: Sendable {
    /// One example: its (feature index, value) pairs and its class.
    struct Row: Sendable {
        var features: [(index: Int, value: Double)]
        var label: Int
    }

    /// A fitted model: per feature one weight per class, and one bias per class.
    struct Model: Sendable, Equatable {
        var classCount: Int
        /// Row-major: `weights[feature * classCount + class]`.
        var weights: [Double]
        var bias: [Double]

        /// The class scores of `features` (before the softmax).
        func scores(_ features: [(index: Int, value: Double)]) -> [Double] {
            var scores = bias
            for (index, value) in features {
                for label in 0..<classCount { scores[label] += weights[index * classCount + label] * value }
            }
            return scores
        }

        /// The class probabilities of `features`.
        func probabilities(_ features: [(index: Int, value: Double)]) -> [Double] {
            LogisticRegression.softmax(scores(features))
        }

        /// The class with the highest score (the first of a tie).
        func predict(_ features: [(index: Int, value: Double)]) -> Int {
            let scores = scores(features)
            var best = 0
            for label in scores.indices where scores[label] > scores[best] { best = label }
            return best
        }
    }

    /// The number of classes.
    var classCount: Int
    /// The L2 penalty λ on the mean log-loss: the objective is mean(−log p(y|x)) + λ/2 · ‖W − prior‖²
    /// (the biases are not penalised).
    var l2: Double
    /// The weights the penalty pulls toward (row-major like the model's; empty: all zeros), so that a
    /// feature the data says little about keeps its prior weight.
    var prior: [Double] = []
    /// Per class, how much its examples weigh in the loss (empty: 1 each).
    var classWeights: [Double] = []
    /// The most gradient steps taken.
    var maximumIterations = 3000
    /// The fit stops when no weight moves by more than this (scaled by the step) in one step.
    var tolerance = 1e-7

    /// Fits the model to `rows`, whose feature indices are below `featureCount`.
    /// - Complexity: O(iterations × nonzeros × classes).
    func fit(_ rows: [Row], featureCount: Int) -> (model: Model, iterations: Int) {
        let size = featureCount * classCount
        var current = [Double](repeating: 0, count: size + classCount)
        guard !rows.isEmpty else {
            return (Model(classCount: classCount, weights: Array(current[..<size]), bias: Array(current[size...])), 0)
        }
        let lipschitz = 0.5 * largestEigenvalue(rows, featureCount: featureCount) * 1.1 + l2
        let step = 1 / lipschitz
        var previous = current
        var momentum = 1.0
        var iterations = 0
        var point = current
        var gradient = [Double](repeating: 0, count: size + classCount)
        while iterations < maximumIterations {
            iterations += 1
            self.gradient(at: point, rows, featureCount: featureCount, into: &gradient)
            var next = point
            var largestMove = 0.0
            var ascent = 0.0
            for index in next.indices {
                next[index] = point[index] - step * gradient[index]
                let move = next[index] - current[index]
                ascent += gradient[index] * move
                largestMove = max(largestMove, abs(next[index] - point[index]))
            }
            previous = current
            current = next
            if ascent > 0 {
                momentum = 1
                point = current
            } else {
                let following = (1 + (1 + 4 * momentum * momentum).squareRoot()) / 2
                let beta = (momentum - 1) / following
                momentum = following
                for index in point.indices { point[index] = current[index] + beta * (current[index] - previous[index]) }
            }
            if largestMove * lipschitz < tolerance { break }
        }
        return (
            Model(classCount: classCount, weights: Array(current[..<size]), bias: Array(current[size...])),
            iterations
        )
    }

    /// The gradient of the objective at `parameters` (weights, then biases).
    private func gradient(
        at parameters: [Double], _ rows: [Row], featureCount: Int, into gradient: inout [Double]
    ) {
        let size = featureCount * classCount
        for index in gradient.indices { gradient[index] = 0 }
        var total = 0.0
        for row in rows { total += classWeights.isEmpty ? 1 : classWeights[row.label] }
        let share = 1 / total
        var scores = [Double](repeating: 0, count: classCount)
        for row in rows {
            for label in 0..<classCount { scores[label] = parameters[size + label] }
            for (index, value) in row.features {
                for label in 0..<classCount { scores[label] += parameters[index * classCount + label] * value }
            }
            var errors = Self.softmax(scores)
            errors[row.label] -= 1
            if !classWeights.isEmpty {
                for label in 0..<classCount { errors[label] *= classWeights[row.label] }
            }
            for label in 0..<classCount { gradient[size + label] += errors[label] * share }
            for (index, value) in row.features {
                for label in 0..<classCount { gradient[index * classCount + label] += errors[label] * value * share }
            }
        }
        for index in 0..<size { gradient[index] += l2 * (parameters[index] - (prior.isEmpty ? 0 : prior[index])) }
    }

    /// An estimate of the largest eigenvalue of XᵀX / n (X with a column of ones for the biases),
    /// by a fixed number of power iterations from the all-ones vector.
    private func largestEigenvalue(_ rows: [Row], featureCount: Int) -> Double {
        var vector = [Double](repeating: 1, count: featureCount + 1)
        var eigenvalue = 1.0
        for _ in 0..<40 {
            var next = [Double](repeating: 0, count: featureCount + 1)
            for row in rows {
                var product = vector[featureCount]
                for (index, value) in row.features { product += vector[index] * value }
                next[featureCount] += product
                for (index, value) in row.features { next[index] += value * product }
            }
            var norm = 0.0
            for index in next.indices {
                next[index] /= Double(rows.count)
                norm += next[index] * next[index]
            }
            norm = norm.squareRoot()
            guard norm > 0 else { return 1 }
            var previousNorm = 0.0
            for value in vector { previousNorm += value * value }
            eigenvalue = norm / previousNorm.squareRoot()
            vector = next.map { $0 / norm }
        }
        return eigenvalue
    }

    /// The softmax of `scores`, shifted by their maximum so that no exponential overflows.
    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exponentials = scores.map { exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}
