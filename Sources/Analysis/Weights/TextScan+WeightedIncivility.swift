import Foundation
import Lexicon

extension TextScan {
    /// `result` ordered inside its band by learned incivility weights (`weights/incivility.tsv`):
    /// the weights' probability p that the text is uncivil, from its features (``incivilityFeatures(_:)``),
    /// moves the score toward the point p of its band, by `ScoringRules.weightsShareOfBand`. The
    /// band, the categories and the target stay the lexicon's: a text never changes band.
    ///
    /// The evidence gains the rule `weights` (the whole change) and, for the
    /// `ScoringRules.weightsListed` features that move p most, `weights:FEATURE` with the change
    /// that feature makes at this text (its weight × value × the blend's slope), each with its line
    /// in the weights file.
    func weighted(_ result: IncivilityResult, weights: FeatureWeights) -> IncivilityResult {
        let uncivil = FeatureWeights.Task.incivility.classes.firstIndex(of: "uncivil") ?? 1
        let civil = 1 - uncivil
        func logit(_ values: [Double]) -> Double { values[uncivil] - values[civil] }
        var total = weights.weights(of: FeatureWeights.bias).map(logit) ?? 0
        var parts: [(feature: NamedFeature, logit: Double)] = []
        for feature in incivilityFeatures(result, words: false) {
            guard let values = weights.weights(of: feature.name) else { continue }
            let part = logit(values) * feature.value
            total += part
            if part != 0 { parts.append((feature, part)) }
        }
        // The words are looked up by their bytes; only the listed ones get a feature name.
        var wordParts: [(token: Int, logit: Double)] = []
        let index = analyzer.index
        if index.incivilityWords.count > 0 {
            let words = ReplyWords(scan: self)
            var lowercased = LowercasedWords()
            for token in words.content { lowercased.append(words.textRange(token), of: bytes) }
            var seen = Set<Int32>()
            var position = 0
            lowercased.forEachWord { word in
                defer { position += 1 }
                guard let id = index.incivilityWords.find(word, hash: ByteStringTable.hash(word)),
                    seen.insert(id).inserted
                else { return }
                let part = index.incivilityWordLogits[Int(id)]
                total += part
                if part != 0 { wordParts.append((words.content[position], part)) }
            }
            let listed = wordParts.enumerated().sorted {
                abs($0.element.logit) != abs($1.element.logit)
                    ? abs($0.element.logit) > abs($1.element.logit) : $0.offset < $1.offset
            }.prefix(ScoringRules.weightsListed)
            for (_, part) in listed.sorted(by: { $0.offset < $1.offset }) {
                let name = StanceFeatureName.word + words.text(part.token)
                parts.append((NamedFeature(name: name, value: 1, tokens: part.token..<part.token + 1, source: .rule), part.logit))
            }
        }
        let probability = 1 / (1 + exp(-total))
        let floor = result.severity.lowestScore
        let ceiling = result.severity.upperCutoff
        let width = ceiling - floor
        let place = width > 0 ? min(1, max(0, (result.score - floor) / width)) : 0
        let share = ScoringRules.weightsShareOfBand
        var score = floor + width * ((1 - share) * place + share * probability)
        if result.severity != .high { score = min(score, ceiling.nextDown) }
        score = max(floor, score)
        let slope = width * share * probability * (1 - probability)
        var evidence = result.evidence
        evidence.append(
            Evidence(
                start: 0, end: 0, text: "", source: .rule, name: ScoringRules.weightsRule,
                contribution: score - result.score, origin: weights.origins[FeatureWeights.bias]))
        let strongest = parts.enumerated().sorted {
            abs($0.element.logit) != abs($1.element.logit)
                ? abs($0.element.logit) > abs($1.element.logit) : $0.offset < $1.offset
        }.prefix(ScoringRules.weightsListed)
        for (_, part) in strongest.sorted(by: { $0.offset < $1.offset }) {
            let place = part.feature.tokens.map { span($0.lowerBound, $0.upperBound) } ?? (start: 0, end: 0, text: "")
            evidence.append(
                Evidence(
                    start: place.start, end: place.end, text: place.text, source: .rule,
                    name: ScoringRules.weightsRule + ":" + part.feature.name, contribution: part.logit * slope,
                    origin: weights.origins[part.feature.name]))
        }
        var weighted = IncivilityResult(
            score: score, severity: result.severity, categories: result.categories, target: result.target,
            evidence: evidence)
        weighted.omittedEvidence = result.omittedEvidence + weighted.omittedEvidence
        return weighted
    }
}
