import Lexicon

/// What learned stance weights make of a reply's features, before any cue is written out.
struct WeightedStance {
    /// Per class, in `ReplyStance.allCases` order, the summed weights (the bias included).
    var scores: [Double]
    /// The index of the class whose sum is highest (the first on a tie).
    var best: Int
    /// The weights of the `bias` feature, when the file has one.
    var bias: [Double]?
    /// Every feature that has weights, in feature order, with its weight per class.
    var weighted: [(feature: NamedFeature, values: [Double])]

    /// The stance chosen.
    var stance: ReplyStance { ReplyStance.allCases[best] }

    /// The contribution of each cue `TextScan.weightedCue(_:of:weights:)` writes, in cue order:
    /// the bias first when there is one, then each weighted feature (its weight for the stance
    /// chosen × its value).
    var contributions: [Double] {
        (bias.map { [$0[best]] } ?? []) + weighted.map { $0.values[best] * $0.feature.value }
    }
}

extension TextScan {
    /// The stance whose learned weights sum highest over `features` (the `bias` feature always
    /// present), with every feature that has a weight.
    func weighReplyStance(_ features: [NamedFeature], weights: FeatureWeights) -> WeightedStance {
        let classes = ReplyStance.allCases
        let bias = weights.weights(of: FeatureWeights.bias)
        var scores = bias ?? [Double](repeating: 0, count: classes.count)
        var weighted: [(feature: NamedFeature, values: [Double])] = []
        for feature in features {
            guard let values = weights.weights(of: feature.name) else { continue }
            for index in classes.indices { scores[index] += values[index] * feature.value }
            weighted.append((feature, values))
        }
        var best = 0
        for index in classes.indices where scores[index] > scores[best] { best = index }
        return WeightedStance(scores: scores, best: best, bias: bias, weighted: weighted)
    }

    /// Cue `index` of `weighed` (in the order of `WeightedStance.contributions`) as evidence: its
    /// contribution to the stance chosen, its place in the text, and its origin the weights file's line.
    func weightedCue(_ index: Int, of weighed: WeightedStance, weights: FeatureWeights) -> Evidence {
        let category = weighed.stance.rawValue
        if let bias = weighed.bias {
            guard index > 0 else {
                return Evidence(
                    start: 0, end: 0, text: "", source: .rule, name: FeatureWeights.bias, category: category,
                    contribution: bias[weighed.best], origin: weights.origins[FeatureWeights.bias])
            }
        }
        let (feature, values) = weighed.weighted[index - (weighed.bias == nil ? 0 : 1)]
        let place = feature.tokens.map { span($0.lowerBound, $0.upperBound) } ?? (start: 0, end: 0, text: "")
        return Evidence(
            start: place.start, end: place.end, text: place.text, source: feature.source, name: feature.name,
            category: category, contribution: values[weighed.best] * feature.value,
            origin: weights.origins[feature.name])
    }
}
