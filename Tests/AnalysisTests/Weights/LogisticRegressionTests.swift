import Testing

@testable import Analysis

@Suite struct LogisticRegressionTests {
    typealias Row = LogisticRegression.Row

    /// Three classes, each marked by its own feature (0, 1, 2), plus a shared noise feature 3.
    static let separable: [Row] = (0..<30).map { index in
        Row(features: [(index % 3, 1), (3, Double(index % 2))], label: index % 3)
    }

    @Test func convergesOnASeparableSet() {
        let (model, iterations) = LogisticRegression(classCount: 3, l2: 0.001).fit(Self.separable, featureCount: 4)
        #expect(iterations < 3000)
        for row in Self.separable {
            #expect(model.predict(row.features) == row.label)
            #expect(model.probabilities(row.features)[row.label] > 0.8)
        }
    }

    @Test func sameRowsGiveTheSameWeightsBitForBit() {
        let regression = LogisticRegression(classCount: 3, l2: 0.01)
        let first = regression.fit(Self.separable, featureCount: 4).model
        let second = regression.fit(Self.separable, featureCount: 4).model
        #expect(first == second)
    }

    @Test func aLargerPenaltyShrinksTheWeights() {
        func norm(_ l2: Double) -> Double {
            LogisticRegression(classCount: 3, l2: l2).fit(Self.separable, featureCount: 4).model.weights.reduce(0) {
                $0 + $1 * $1
            }
        }
        #expect(norm(1) < norm(0.1))
        #expect(norm(0.1) < norm(0.001))
        #expect(norm(100) < 0.01)
    }

    @Test func classWeightsMoveTheBiasTowardTheRareClass() {
        let rows = (0..<40).map { Row(features: [], label: $0 < 36 ? 0 : 1) }
        let plain = LogisticRegression(classCount: 2, l2: 0).fit(rows, featureCount: 0).model
        var balanced = LogisticRegression(classCount: 2, l2: 0)
        balanced.classWeights = [40.0 / 72, 40.0 / 8]
        let even = balanced.fit(rows, featureCount: 0).model
        #expect(plain.probabilities([])[1] < 0.15)
        #expect(abs(even.probabilities([])[1] - 0.5) < 0.01)
    }
}
