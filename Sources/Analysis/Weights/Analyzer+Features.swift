import Lexicon

extension Analyzer {
    /// The named features the weights layer reads for `task`: for stance, of `text` as a reply to
    /// `parent`; for incivility, of `text` alone (its entries, categories, rules, score and words).
    /// - Complexity: O(n) in the length of the texts.
    package func features(_ text: String, parent: String?, task: FeatureWeights.Task) -> [NamedFeature] {
        var text = text
        return text.withUTF8 { bytes in
            let scan = TextScan(bytes: bytes, analyzer: self, context: AnalysisContext(parentText: parent))
            let incivility = scan.incivility(useWeights: false)
            switch task {
            case .stance: return scan.stanceFeatures(parent: parent ?? "", incivility: incivility)
            case .incivility: return scan.incivilityFeatures(incivility.result)
            }
        }
    }
}

extension TextScan {
    /// The features of the text's incivility: `entry:TERM` (its weight after the rules),
    /// `category:NAME` (summed), `rule:NAME` (how often), `score`, and the words (each with its
    /// first place in the text).
    func incivilityFeatures(_ result: IncivilityResult) -> [NamedFeature] {
        var sums: [String: Double] = [:]
        var order: [String] = []
        var places: [String: Range<Int>] = [:]
        func add(_ name: String, _ value: Double, _ tokens: Range<Int>? = nil) {
            if sums[name] == nil {
                order.append(name)
                places[name] = tokens
            }
            sums[name, default: 0] += value
        }
        for evidence in result.evidence {
            switch evidence.source {
            case .entry:
                add("entry:\(evidence.name)", evidence.contribution)
                if let category = evidence.category { add("category:\(category)", evidence.contribution) }
            case .rule:
                add(StanceFeatureName.rule + evidence.name, 1)
            }
        }
        if result.score > 0 { add("score", result.score) }
        let words = ReplyWords(scan: self)
        for index in words.content { add(StanceFeatureName.word + words.text(index), 0, index..<index + 1) }
        return order.map { name in
            let value = name.hasPrefix(StanceFeatureName.word) ? 1 : sums[name] ?? 0
            return NamedFeature(name: name, value: value, tokens: places[name], source: .rule)
        }
    }
}
