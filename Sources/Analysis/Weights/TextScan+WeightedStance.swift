import Lexicon

extension TextScan {
    /// The stance whose learned weights sum highest over `features` (the `bias` feature always
    /// present), with every feature that has a weight as a cue: its contribution is its weight for
    /// the stance chosen × its value, and its origin the weights file's line.
    func weightedReplyStance(_ features: [NamedFeature], weights: FeatureWeights) -> StanceResult {
        let classes = ReplyStance.allCases
        var scores = weights.weights(of: FeatureWeights.bias) ?? [Double](repeating: 0, count: classes.count)
        var weighted: [(NamedFeature, [Double])] = []
        for feature in features {
            guard let values = weights.weights(of: feature.name) else { continue }
            for index in classes.indices { scores[index] += values[index] * feature.value }
            weighted.append((feature, values))
        }
        var best = 0
        for index in classes.indices where scores[index] > scores[best] { best = index }
        var cues: [Evidence] = []
        let bias = weights.weights(of: FeatureWeights.bias)
        if let bias {
            cues.append(
                Evidence(
                    start: 0, end: 0, text: "", source: .rule, name: FeatureWeights.bias,
                    category: classes[best].rawValue, contribution: bias[best],
                    origin: weights.origins[FeatureWeights.bias]))
        }
        for (feature, values) in weighted {
            let place = feature.tokens.map { span($0.lowerBound, $0.upperBound) } ?? (start: 0, end: 0, text: "")
            cues.append(
                Evidence(
                    start: place.start, end: place.end, text: place.text, source: feature.source, name: feature.name,
                    category: classes[best].rawValue, contribution: values[best] * feature.value,
                    origin: weights.origins[feature.name]))
        }
        return StanceResult(
            stance: classes[best], cues: cues,
            scores: classes.indices.map { StanceResult.Score(stance: classes[$0], score: scores[$0]) })
    }
}
