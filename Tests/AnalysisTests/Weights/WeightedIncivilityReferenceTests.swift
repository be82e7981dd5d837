import Foundation
import Lexicon
import TestSupport
import Testing

@testable import Analysis

/// The incivility weights read by integer ids (`IncivilityFeatureTable`, `incivilityLogit(_:table:)`)
/// against an obviously-right reference on random texts: the named features of
/// `incivilityFeatures(_:)` looked up by `String` in `FeatureWeights`, summed in their order, and
/// the three strongest chosen by a full sort. The sums must be equal to the last bit, and the
/// listed features the same, named the same.
@Suite struct WeightedIncivilityReferenceTests {
    /// Weights with names a byte comparison could get wrong: non-ASCII words (in NFC, met in NFD
    /// too), an entry with a `*`, a category, rules, `score`, a hashtag, and a word the text
    /// writes in capitals.
    static let weights = """
        feature\tclass\tweight
        bias\tcivil\t0.25
        bias\tuncivil\t-0.25
        category:insult\tuncivil\t0.5
        entry:idiot*\tuncivil\t0.75
        entry:so stupid\tcivil\t0.125
        rule:negation\tcivil\t0.5
        rule:exclamation\tuncivil\t0.375
        rule:target:participant\tuncivil\t0.25
        score\tuncivil\t1.5
        word:café\tuncivil\t0.625
        word:straße\tcivil\t0.5
        word:#fakenews\tuncivil\t1
        word:plan\tcivil\t0.0625
        word:idiot\tuncivil\t0.875
        word:you\tuncivil\t0.3125

        """

    static let analyzer: Analyzer = {
        var files = TestLexicon.files
        files["weights/incivility.tsv"] = weights
        return try! Analyzer(lexicons: LexiconBundle(texts: files))
    }()

    static let defaults = try! Analyzer(lexicons: .defaults)

    static let words = [
        "the", "plan", "PLAN", "is", "stupid", "so stupid", "you", "You", "idiot", "IDIOTS", "not", "café", "CAFÉ",
        "cafe\u{301}", "straße", "#FakeNews", "#fakenews", "@ana", "@metro_news", "http://example.org/idiot",
        "www.example.org/you", "don't", "s t u p i d", "trash", "hoe", "bitch", "lol", "!", "!!", "?", ",", ".",
    ]

    static func text(_ random: inout SplitMix64) -> String {
        random.text(of: words, lengths: 0...29, separator: " ")
    }

    @Test(arguments: 0..<10)
    func theIdsAgreeWithTheNamedFeatures(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        for analyzer in [Self.analyzer, Self.defaults] {
            let weights = try #require(analyzer.lexicon.weights[.incivility])
            let table = try #require(analyzer.index.incivilityWeights)
            for _ in 0..<40 {
                let text = Self.text(&random)
                text.withUTF8Copy { bytes in
                    let scan = TextScan(bytes: bytes, analyzer: analyzer, context: AnalysisContext())
                    let result = scan.incivility(useWeights: false).result
                    let (total, strongest) = scan.incivilityLogit(result, table: table)
                    var listed: [(name: String, logit: Double)] = []
                    strongest.forEachInOrder { part in
                        listed.append(
                            (
                                String(
                                    scan.listedName(part, of: result, table: table).dropFirst(
                                        ScoringRules.weightsRule.count + 1)), part.logit
                            ))
                    }
                    let slow = Self.reference(scan.incivilityFeatures(result), weights: weights)
                    #expect(total == slow.total, "\(text)")
                    #expect(listed.map(\.name) == slow.listed.map(\.name), "\(text)")
                    #expect(listed.map(\.logit) == slow.listed.map(\.logit), "\(text)")
                }
            }
        }
    }

    @Test func theListedFeaturesAreTheTextsEvidence() throws {
        let result = Self.analyzer.analyze("Straße café, CAFE\u{301} you plan").incivility
        let listed = result.evidence.filter { $0.name.hasPrefix(ScoringRules.weightsRule + ":") }
        #expect(listed.map(\.name) == ["weights:word:straße", "weights:word:café", "weights:word:you"])
        let cafe = try #require(listed.first { $0.name == "weights:word:café" })
        #expect(cafe.text == "café")
        #expect(cafe.origin == "weights/incivility.tsv:11")
    }

    /// The log-odds toward uncivil of `features` by their names, and the three that move it most
    /// (of equal ones the earlier), in their order.
    static func reference(_ features: [NamedFeature], weights: FeatureWeights) -> (
        total: Double, listed: [(name: String, logit: Double)]
    ) {
        let uncivil = FeatureWeights.Task.incivility.classes.firstIndex(of: "uncivil")!
        func logit(_ values: [Double]) -> Double { values[uncivil] - values[1 - uncivil] }
        var total = weights.weights(of: FeatureWeights.bias).map(logit) ?? 0
        var parts: [(name: String, logit: Double)] = []
        for feature in features {
            guard let values = weights.weights(of: feature.name) else { continue }
            let part = logit(values) * feature.value
            total += part
            if part != 0 { parts.append((feature.name, part)) }
        }
        let listed = parts.enumerated().sorted {
            abs($0.element.logit) != abs($1.element.logit)
                ? abs($0.element.logit) > abs($1.element.logit) : $0.offset < $1.offset
        }.prefix(ScoringRules.weightsListed).sorted { $0.offset < $1.offset }.map(\.element)
        return (total, listed)
    }
}
