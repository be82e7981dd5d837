import Lexicon
import Testing

@testable import Analysis

/// Learned incivility weights order texts inside their band and never move one across a band.
@Suite struct WeightedIncivilityTests {
    static let weights = """
        # test weights
        feature\tclass\tweight
        bias\tcivil\t0.5
        bias\tuncivil\t-0.5
        word:muppet\tuncivil\t3
        word:sunshine\tcivil\t2
        category:insult\tuncivil\t1

        """

    static let weighted: Analyzer = {
        var files = TestLexicon.files
        files["weights/incivility.tsv"] = weights
        return try! Analyzer(lexicons: LexiconBundle(texts: files))
    }()

    static let plain = try! Analyzer(lexicons: LexiconBundle(texts: TestLexicon.files))

    static let texts = [
        "what a muppet", "more sunshine tomorrow", "you absolute idiot!!", "you idiot, muppet",
        "not an idiot at all", "the idiot plan", "sunshine and idiots", "a quiet day", "",
        "YOU ARE AN IDIOT AND A MUPPET!!!",
    ]

    func incivility(_ text: String, _ analyzer: Analyzer = Self.weighted) -> IncivilityResult {
        analyzer.analyze(text, context: .init()).incivility
    }

    @Test func noTextChangesBand() {
        for text in Self.texts {
            let plain = incivility(text, Self.plain)
            let weighted = incivility(text)
            #expect(weighted.severity == plain.severity, "\(text)")
            #expect(Severity(score: weighted.score) == plain.severity, "\(text): \(weighted.score)")
            #expect(weighted.categories == plain.categories, "\(text)")
            #expect(weighted.target == plain.target, "\(text)")
        }
    }

    @Test func theWeightsOrderTextsTheLexiconScoresAlike() {
        let muppet = incivility("what a muppet")
        let sunshine = incivility("more sunshine tomorrow")
        let quiet = incivility("a quiet day")
        #expect(incivility("what a muppet", Self.plain).score == incivility("a quiet day", Self.plain).score)
        #expect(muppet.score > quiet.score)
        #expect(quiet.score > sunshine.score)
        #expect(muppet.severity == .none)
    }

    @Test func theChangeAndTheStrongestFeaturesAreEvidence() throws {
        let plain = incivility("what a muppet", Self.plain)
        let weighted = incivility("what a muppet")
        let change = try #require(weighted.evidence.first { $0.name == ScoringRules.weightsRule })
        #expect(abs(change.contribution - (weighted.score - plain.score)) < 1e-12)
        let muppet = try #require(weighted.evidence.first { $0.name == "weights:word:muppet" })
        #expect(muppet.text == "muppet")
        #expect(muppet.contribution > 0)
        #expect(muppet.origin == "weights/incivility.tsv:5")
        #expect(weighted.evidence.filter { $0.name.hasPrefix("weights:") }.count <= ScoringRules.weightsListed)
    }

    @Test func theFeaturesTheWeightsAreFittedOnIgnoreTheWeights() {
        let names = Self.weighted.features("what a muppet", parent: nil, task: .incivility).map(\.name)
        #expect(!names.contains { $0.hasPrefix("rule:weights") })
        #expect(
            Self.weighted.features("you idiot", parent: nil, task: .incivility)
                == Self.plain.features("you idiot", parent: nil, task: .incivility))
    }
}
