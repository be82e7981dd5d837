import Lexicon
import Testing

@testable import Analysis

@Suite struct WeightedStanceTests {
    static let weights = """
        # test weights
        feature\tclass\tweight
        bias\tcomment\t0.5
        cue:agree\tsupport\t2
        rule:final-question\tquery\t1.5
        rule:retweet\tsupport\t1.2
        rule:quotes-parent\tsupport\t0.9
        word:#fakenews\tdeny\t1.4

        """

    static let analyzer: Analyzer = {
        var files = TestLexicon.files
        files["weights/stance.tsv"] = weights
        return try! Analyzer(lexicons: LexiconBundle(texts: files))
    }()

    func result(_ text: String, parent: String = "The bridge opens on Monday next week.") -> StanceResult? {
        Self.analyzer.analyze(text, context: .init(parentText: parent)).replyStance
    }

    @Test func theClassWithTheHighestSumWins() {
        #expect(result("I agree")?.stance == .support)
        #expect(result("when exactly?")?.stance == .query)
        #expect(result("#fakenews")?.stance == .deny)
        #expect(result("RT @bridgeclub the bridge opens")?.stance == .support)
        #expect(result("nice weather")?.stance == .comment)
    }

    @Test func everyWeightedFeatureShowsItsContributionAndOrigin() throws {
        let stance = try #require(result("I agree, when?"))
        #expect(stance.stance == .support)
        let cue = try #require(stance.cues.first { $0.name == "cue:agree" })
        #expect(cue.contribution == 2)
        #expect(cue.text == "agree")
        #expect(cue.origin == "weights/stance.tsv:4")
        let question = try #require(stance.cues.first { $0.name == "rule:final-question" })
        #expect(question.contribution == 0)
        let bias = try #require(stance.cues.first { $0.name == "bias" })
        #expect(bias.contribution == 0)
        #expect(stance.scores.map(\.stance) == ReplyStance.allCases)
        #expect(stance.scores.first { $0.stance == .support }?.score == 2)
        #expect(stance.scores.first { $0.stance == .query }?.score == 1.5)
    }

    @Test func aReplyQuotingItsParentIsMarked() throws {
        let features = Self.analyzer.features(
            "as they said, the bridge opens on monday. great", parent: "The bridge opens on Monday next week.",
            task: .stance)
        let names = features.map(\.name)
        #expect(names.contains("rule:quotes-parent"))
        let overlap = try #require(features.first { $0.name == "rule:parent-overlap" })
        #expect(overlap.value > 0.4 && overlap.value < 0.7)
        #expect(
            !Self.analyzer.features("no idea", parent: "The bridge opens.", task: .stance).map(\.name).contains(
                "rule:quotes-parent"))
    }

    @Test func shapeRulesOfRealReplies() {
        func names(_ text: String) -> [String] {
            Self.analyzer.features(text, parent: "Is the bridge open?", task: .stance).map(\.name)
        }
        #expect(names("@ann @bob http://t.co/x1").contains("rule:bare-link"))
        #expect(names("@ann @bob").contains("rule:no-words"))
        #expect(names("source? http://t.co/x1").contains("rule:final-question"))
        #expect(!names("why? because it rained all week").contains("rule:final-question"))
        #expect(names("“@news: the bridge is open” wow").contains("rule:retweet"))
        #expect(names("anything").contains("rule:parent-asks"))
        #expect(names("Why would they").contains("first:why"))
        #expect(names("@ann Why would they").contains("first:why"))
        #expect(names("#FakeNews again").contains("word:#fakenews"))
        #expect(!names("no, the words http://t.co/abc").contains("word:co"))
        #expect(!names("@metro_news is it").contains("word:news"))
        #expect(names("@metro_news is it").contains("word:is"))
    }

    @Test func withoutWeightsTheHandRulesDecide() {
        let stance = TestLexicon.analyzer.analyze("I agree", context: .init(parentText: "x")).replyStance
        #expect(stance?.stance == .support)
        #expect(stance?.scores.isEmpty == true)
    }
}
