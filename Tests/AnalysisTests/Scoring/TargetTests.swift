import Testing
import ThreadModel

@testable import Analysis

@Suite struct TargetTests {
    let analyzer = TestLexicon.analyzer

    func target(_ text: String, context: AnalysisContext = .init()) -> TargetKind? {
        analyzer.analyze(text, context: context).incivility.target
    }

    @Test func secondPersonIsAParticipant() {
        #expect(target("you are an idiot") == .participant)
        #expect(target("your idea is stupid") == .participant)
    }

    @Test func participantDirectedWeighsMost() {
        let direct = analyzer.analyze("you are an idiot").incivility.score
        let undirected = analyzer.analyze("that plan is idiotic").incivility.score
        let thirdParty = analyzer.analyze("the government is idiotic").incivility.score
        #expect(direct > thirdParty)
        #expect(thirdParty > undirected)
        #expect(target("that plan is idiotic") == nil)
    }

    @Test func mentionsAndNamesInContextAreParticipants() {
        #expect(target("@sam is an idiot") == .participant)
        #expect(target("Sam is an idiot", context: .init(participants: ["sam"])) == .participant)
        #expect(target("Well, Sam is an idiot", context: .init(parentAuthor: "Sam")) == .participant)
        #expect(target("Well, Sam is an idiot") == .thirdParty)
    }

    @Test func groupsAndThirdParties() {
        #expect(target("immigrants are vermin") == .group)
        #expect(target("they are corrupt idiots") == .thirdParty)
        #expect(target("the leaders are corrupt") == .thirdParty)
        #expect(target("vermin, all of them") == .group)
    }

    @Test func theNearestMentionInTheSentenceWins() {
        #expect(target("you know the government is corrupt") == .thirdParty)
        #expect(target("the government says you are an idiot") == .participant)
    }

    @Test func aQuestionToYouThenAClaimAboutLeadersIsAimedAtTheLeaders() {
        #expect(target("Are you talking about them? pretty sure the leaders are corrupt") == .thirdParty)
    }

    @Test func anUnaddressedInsultInAReplyIsAimedAtTheParent() {
        #expect(target("Idiot.", context: .init(parentText: "I think so")) == .participant)
        #expect(target("Idiot.") == nil)
    }

    @Test func quotedWordsAreNotThePostsOwn() {
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 0)
        let quote = Quote(author: "sam", postIndex: 0, time: nil, text: "you idiot", span: span)
        let post = Post(index: 1, body: "I see what you mean.", quotes: [quote], span: span)
        #expect(analyzer.analyze(post: post).incivility.severity == .none)
    }
}
