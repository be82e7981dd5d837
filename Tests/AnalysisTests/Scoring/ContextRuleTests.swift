import Lexicon
import Testing

@testable import Analysis

/// The context modifiers of `modifiers.tsv`: who says a cue of whom, and whether it is said at all.
@Suite struct ContextRuleTests {
    static let analyzer: Analyzer = {
        var files = TestLexicon.files
        files["modifiers.tsv"]! += """
            don't\tnegator\t3
            don't be\tprohibitive\t0.8
            i'm\tself-reference\t0.2
            called me\treported-speech\t0.5
            was\treported-violence\t0.3
            that's\tidea\t0.6
            you are\taddress\t0.4

            """
        files["incivility.tsv"]! += "kill\t0.6\tthreat\nretard\t0.7\tinsult\n"
        files["sentiment.tsv"]! += "hopeless\t-0.8\n"
        return try! Analyzer(lexicons: LexiconBundle(texts: files))
    }()

    func result(_ text: String) -> IncivilityResult { Self.analyzer.analyze(text).incivility }
    func rules(_ text: String) -> [String] { result(text).evidence.filter { $0.source == .rule }.map(\.name) }

    @Test func aProhibitionSaysTheInsult() {
        #expect(result("don't be stupid").score > 0.2)
        #expect(rules("don't be stupid").contains("prohibitive"))
        #expect(result("I don't think you're stupid").severity == .none)
    }

    @Test func selfReferenceSoftensAPersonalAttackButNotASlur() {
        #expect(result("i'm such an idiot").score < result("he is such an idiot").score)
        #expect(rules("i'm such an idiot").contains("self-reference"))
        #expect(!rules("i'm surrounded by idiots").contains("self-reference"))
        #expect(!rules("i'm a retard").contains("self-reference"))
        #expect(!rules("i'm sure you are an idiot").contains("self-reference"))
    }

    @Test func reportedSpeechAndViolence() {
        #expect(rules("he called me an idiot").contains("reported-speech"))
        #expect(rules("the king was kill").contains("reported-violence"))
        #expect(!rules("he was an idiot").contains("reported-violence"))
    }

    @Test func anIdeaIsNotAPerson() {
        #expect(rules("that's drivel").contains("idea"))
        #expect(result("that's drivel").score < result("your drivel").score)
    }

    @Test func aStrongEvaluativeWordSaidToAParticipantIsAnInsult() {
        let addressed = result("you are hopeless")
        #expect(addressed.categories == ["insult"])
        #expect(addressed.target == .participant)
        #expect(rules("you are hopeless").contains("address"))
        #expect(result("you are not hopeless").severity == .none)
        #expect(result("the weather is hopeless").categories.isEmpty)
    }

    @Test func weakSignalsOrderTheZeroBandOnly() {
        let negated = result("he is not stupid")
        #expect(negated.severity == .none)
        #expect(negated.score > 0)
        #expect(negated.evidence.contains { $0.name == "tone:negated" })
        #expect(result("immigrants arrived").score > result("the boat arrived").score)
        #expect(!result("you are an idiot, not stupid").evidence.contains { $0.name == "tone:negated" })
    }
}
