import TestSupport
import Testing

@testable import Analysis

@Suite struct IncivilityRuleTests {
    let analyzer = TestLexicon.analyzer

    func score(_ text: String, context: AnalysisContext = .init()) -> Double {
        analyzer.analyze(text, context: context).incivility.score
    }

    func rules(_ text: String) -> [String] {
        analyzer.analyze(text).incivility.evidence.filter { $0.source == .rule }.map(\.name)
    }

    @Test func civilTextScoresZero() {
        let result = analyzer.analyze("The meeting moved to Thursday.").incivility
        #expect(result == .civil)
    }

    @Test func negationCancelsACueWithinItsWindow() {
        for text in ["he is not an idiot", "no idiot would do that"] {
            let result = analyzer.analyze(text).incivility
            #expect(result.severity == .none)
            #expect(result.evidence.filter { $0.source == .entry }.map(\.contribution) == [0])
            #expect(result.score < 0.1 * ScoringRules.toneShareOfBand, "only the weak signals of the zero band")
        }
        #expect(rules("he is not an idiot").contains("negation"))
        #expect(score("not that it matters, he is an idiot") > 0)
        #expect(score("I would not say anything about whether he is an idiot") > 0)
    }

    @Test func boostersRaiseAndDampenersLower() {
        let plain = score("he is an idiot")
        #expect(score("he is a total idiot") > plain)
        #expect(score("he is a total and complete idiot") > score("he is a total idiot"))
        #expect(score("that is a bit silly") < score("that is silly"))
        #expect(rules("a bit silly") == ["dampener", "target:none"])
    }

    @Test func allCapsEmphasisesACueInMixedText() {
        #expect(score("he is an IDIOT") > score("he is an idiot"))
        #expect(rules("he is an IDIOT").contains("all-caps"))
        #expect(!rules("HE IS AN IDIOT").contains("all-caps"))
    }

    @Test func repeatedMarksRaiseTheScore() {
        #expect(score("what an idiot!!!") > score("what an idiot!"))
        #expect(score("what an idiot!") > score("what an idiot"))
        #expect(score("are they idiots???") > score("are they idiots?"))
    }

    @Test func butShiftsWeightToTheClauseAfterIt() {
        #expect(score("nice try but stupid") > score("nice try and stupid"))
        #expect(score("stupid idea but nice try") < score("stupid idea and nice try"))
    }

    @Test func theScoreSaturatesAndRanks() {
        let one = score("you idiot")
        let two = score("you idiot, you liar")
        #expect(two > one)
        #expect(two <= 1)
        #expect(score("that is silly") > 0)
        #expect(score("that is silly") < score("that is stupid"))
    }

    @Test(arguments: [
        (0.0, Severity.none), (0.09, .none), (0.1, .low), (0.34, .low), (0.35, .medium), (0.69, .medium), (0.7, .high),
        (1.0, .high),
    ])
    func bandsFollowTheCutoffs(score: Double, band: Severity) {
        #expect(Severity(score: score) == band)
    }

    @Test func categoriesStrongestFirstWithOrigins() {
        let result = analyzer.analyze("you fucking idiot").incivility
        #expect(result.categories == ["insult", "vulgarity"])
        #expect(result.evidence.first { $0.name == "idiot*" }?.origin == "incivility.tsv:2")
    }
}

@Suite struct LongTextTests {
    /// One sentence of `count` words full of cues, modifiers and mentions.
    static func sentence(words count: Int) -> String {
        let words = ["you", "idiot", "the", "government", "is", "corrupt", "not", "total", "but", "Atlantis", "and"]
        var random = SplitMix64(seed: 7)
        return (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
    }

    /// A 50,000- and a 200,000-word sentence: every look-up from a cue to its modifiers and
    /// mentions is a binary search, so four times the words cost about four times the thread CPU
    /// time, never sixteen (the quadratic version took minutes). No wall-clock limit.
    @Test func aHugeSingleSentenceIsAnalyzedInLinearTime() {
        let context = AnalysisContext(parentText: "x", targets: ["Atlantis"])
        let small = Self.sentence(words: 50_000)
        let large = Self.sentence(words: 200_000)
        var analysis: TextAnalysis?
        let smallTime = ThreadCPUTime.fastest(runs: 1) { _ = TestLexicon.analyzer.analyze(small, context: context) }
        let largeTime = ThreadCPUTime.fastest(runs: 1) {
            analysis = TestLexicon.analyzer.analyze(large, context: context)
        }
        let ratio = largeTime / max(smallTime, 0.001)
        #expect(ratio < 8, "4× the words cost \(ratio)× the CPU time")
        #expect(analysis?.incivility.severity == .high)
        #expect(analysis?.targetStances.first?.stance == .against)
    }
}
