import Analysis
import Lexicon
import Testing

@testable import Serve

@Suite struct PerspectiveAttributeMapTests {
    private static let lexicon = try! AnalysisLexicon(bundle: .defaults)

    private func map(_ rows: String) throws(LexiconError) -> PerspectiveAttributeMap {
        try PerspectiveAttributeMap(
            bundle: LexiconBundle(texts: ["perspective.tsv": "attribute\tsource\tname\n" + rows]), lexicon: Self.lexicon
        )
    }

    @Test func theDefaultMapAnswersTheSevenAttributes() throws {
        let defaults = try PerspectiveAttributeMap(bundle: .defaults, lexicon: Self.lexicon)
        #expect(
            defaults.names == [
                "TOXICITY", "SEVERE_TOXICITY", "INSULT", "PROFANITY", "THREAT", "IDENTITY_ATTACK", "SEXUALLY_EXPLICIT",
            ])
        #expect(defaults.rules(of: "TOXICITY") == [.wholeScore])
        #expect(defaults.rules(of: "FLIRTATION") == nil)
    }

    @Test(arguments: [
        ("toxicity\tscore\tall\n", "attribute 'toxicity' should be"),
        ("X\tcategory\tnope\n", "unknown category 'nope'"),
        ("X\tentry\tnot a term here\n", "unknown entry 'not a term here'"), ("X\tweight\t2\n", "source 'weight' takes"),
        ("X\tscore\tsome\n", "source 'score' takes the name 'all'"), ("X\tguess\ty\n", "unknown source 'guess'"),
    ])
    func rejectsRulesItCannotApplyAtTheirLine(rows: String, message: String) {
        #expect {
            try map(rows)
        } throws: { error in
            (error as? LexiconError)?.description.hasPrefix("perspective.tsv:2: \(message)") == true
        }
    }

    @Test func combinesMatchingEntriesLikeTheAnalyzer() throws {
        let rules = try map("X\tcategory\tinsult\nX\tweight\t0.9\n").rules(of: "X")!
        let evidence = [
            Evidence(start: 0, end: 1, text: "a", source: .entry, name: "a", category: "insult", contribution: 0.5),
            Evidence(start: 2, end: 3, text: "b", source: .entry, name: "b", category: "vulgarity", contribution: 0.95),
            Evidence(start: 2, end: 3, text: "b", source: .rule, name: "negation", contribution: -0.2),
            Evidence(start: 4, end: 5, text: "c", source: .entry, name: "c", category: "threat", contribution: 0.3),
        ]
        let result = IncivilityResult(score: 0.99, severity: .high, categories: [], target: nil, evidence: evidence)
        #expect(abs(PerspectiveAttributeMap.rawScore(rules, result) - (1 - 0.5 * 0.05)) < 1e-12)
        #expect(PerspectiveAttributeMap.rawScore([.wholeScore], result) == 0.99)
    }
}
