import Lexicon
import Testing

@testable import Analysis

@Suite struct TopicStanceTests {
    static let topic = """
        term\tkind\tweight
        legal abortion\tname
        abortion\tname
        pro-life movement\topposite
        planned parenthood\tside\t1
        pro-lifers\tside\t-1
        baby\trelated\t-0.4
        my body my choice\tcue\t0.9
        prolife\tcue\t-0.9
        evil\tevaluative\t-0.8

        """

    static let analyzer: Analyzer = {
        var files = TestLexicon.files
        files["topics/abortion.tsv"] = topic
        return try! Analyzer(lexicons: LexiconBundle(texts: files))
    }()

    func stance(_ text: String, _ target: String) -> TargetStance {
        Self.analyzer.analyze(text, context: .init(targets: [target])).targetStances[0].stance
    }

    @Test func aTargetResolvesByAnyWordOfItsName() {
        #expect(Self.analyzer.topic(for: "Legalization of Abortion") == ResolvedTopic(topic: 0, isOpposite: false))
        #expect(Self.analyzer.topic(for: "abortion") == ResolvedTopic(topic: 0, isOpposite: false))
        #expect(Self.analyzer.topic(for: "The Pro-Life Movement") == ResolvedTopic(topic: 0, isOpposite: true))
        #expect(Self.analyzer.topic(for: "Hillary Clinton") == nil)
        #expect(Self.analyzer.topic(for: "Planned Parenthood") == nil)
    }

    @Test func hashtagsAndSlogansDecideWithoutTheTargetsName() {
        #expect(stance("Nobody decides for me. #MyBodyMyChoice", "Legalization of Abortion") == .favour)
        #expect(stance("Marching today #prolife", "Legalization of Abortion") == .against)
        #expect(stance("I am not prolife", "Legalization of Abortion") == .favour)
    }

    @Test func evaluativeWordsLeanWithTheMentionTheyAreNear() {
        #expect(stance("abortion is evil", "Legalization of Abortion") == .against)
        #expect(stance("the pro-lifers are evil", "Legalization of Abortion") == .favour)
        #expect(stance("Planned Parenthood is great", "Legalization of Abortion") == .favour)
        #expect(stance("it is evil", "Legalization of Abortion") == .against)
    }

    @Test func theOtherSideReversesEveryPolarity() {
        #expect(stance("Marching today #prolife", "Pro-Life Movement") == .favour)
        #expect(stance("the pro-lifers are evil", "Pro-Life Movement") == .against)
    }

    @Test func nothingDecidingIsNone() {
        #expect(stance("The senate votes on the budget tomorrow.", "Legalization of Abortion") == .none)
        #expect(stance("abortion was on the agenda", "Legalization of Abortion") == .none)
    }

    @Test func theEvidenceNamesTheEntries() {
        let result = Self.analyzer.analyze("abortion is evil", context: .init(targets: ["Abortion"])).targetStances[0]
        #expect(result.evidence.map(\.name) == ["abortion", "evil"])
        #expect(result.evidence.map(\.origin) == ["topics/abortion.tsv:3", "topics/abortion.tsv:10"])
        #expect(result.evidence.map(\.contribution) == [0, -0.8])
    }

    @Test func aNameNoTopicKnowsIsFoundByEveryCapitalisedWord() {
        #expect(stance("Vladimir did a great job", "Vladimir Zorbinsky") == .favour)
        #expect(stance("Zorbinsky did a great job", "Vladimir Zorbinsky") == .favour)
        #expect(stance("the plan of attack was great", "Legalisation of Zorbia") == .none)
    }

    @Test func aWordKnownOnlyToATopicStillReadsAsAName() {
        let plain = try! Analyzer(lexicons: LexiconBundle(texts: TestLexicon.files))
        let text = "I met Planned yesterday and he is an idiot"
        #expect(Self.analyzer.analyze(text).incivility.target == plain.analyze(text).incivility.target)
    }
}
