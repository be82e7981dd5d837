import Lexicon
import Testing
import ThreadModel

@testable import Analysis

@Suite struct ReplyTreeBuilderTests {
    static let builder = ReplyTreeBuilder(vocabulary: try! ReplyTreeVocabulary(bundle: .defaults))
    typealias H = HandThread

    @Test func aFoundQuoteIsAHighConfidenceEdgeWithLatencyFromItsHeader() throws {
        let thread = H.thread([
            H.post(0, "opener", "An article about trains."),
            H.post(1, "ana", "Trains are late again."),
            H.post(2, "ben", "Ten years of delays now.", quotes: [H.quote("ana", of: 1, time: "8 minutes ago")]),
        ])
        let tree = Self.builder.build(thread)
        try tree.validate()
        let edge = try #require(tree.parents[2])
        #expect(edge.to == 1)
        #expect(edge.kind == .quote)
        #expect(edge.confidence >= 0.9)
        #expect(edge.latency == 480)
        #expect(edge.evidence.contains("ana"))
    }

    @Test func aQuoteLatencySubtractsTheReplysOwnAge() throws {
        let thread = H.thread([
            H.post(0, "opener", "Topic."),
            H.post(1, "ana", "A claim.", time: "2 hours ago"),
            H.post(2, "ben", "A rebuttal.", time: "an hour ago", quotes: [H.quote("ana", of: 1, time: "2 hours ago")]),
        ])
        let edge = try #require(Self.builder.build(thread).parents[2])
        #expect(edge.latency == 3600)
    }

    @Test func aQuoteWithoutTheTextFoundFallsBackToTheAuthorsLatestPost() throws {
        let thread = H.thread([
            H.post(0, "opener", "Topic."),
            H.post(1, "ana", "First."),
            H.post(2, "ana", "Second."),
            H.post(3, "ben", "Reply.", quotes: [H.quote("Ana", of: nil)]),
        ])
        let edge = try #require(Self.builder.build(thread).parents[3])
        #expect(edge.to == 2)
        #expect(edge.kind == .quote)
        #expect(edge.confidence < ReplyTreeBuilder.Confidence.quoteFound)
    }

    @Test func anOpeningCueRepliesToThePostAboveAtLowerConfidence() throws {
        let thread = H.thread([
            H.post(0, nil, "Topic."),
            H.post(1, nil, "The ferry is cheaper."),
            H.post(2, nil, "  Yeah, and faster too."),
        ])
        let tree = Self.builder.build(thread)
        let edge = try #require(tree.parents[2])
        #expect(edge.to == 1)
        #expect(edge.kind == .cue)
        #expect(edge.confidence < ReplyTreeBuilder.Confidence.mention)
        #expect(edge.confidence > ReplyTreeBuilder.Confidence.thread)
        #expect(edge.evidence == "opens with \"Yeah\"")
    }

    @Test(arguments: ["Yesterday I rode it.", "Nobody asked.", "No one rides it.", "This is new.", "Yeahbut no"])
    func wordsThatOnlyLookLikeCuesGiveNoCueEdge(body: String) throws {
        let thread = H.thread([H.post(0, nil, "Topic."), H.post(1, nil, "Earlier."), H.post(2, nil, body)])
        let edge = try #require(Self.builder.build(thread).parents[2])
        #expect(edge.kind == .thread)
        #expect(edge.to == 0)
    }

    @Test(arguments: ["No, it is not.", "this. so much", "EXACTLY", "I agree with that", "Agreed!"])
    func cuesMatchWithoutRegardToCase(body: String) throws {
        let thread = H.thread([H.post(0, nil, "Topic."), H.post(1, nil, "Earlier."), H.post(2, nil, body)])
        #expect(Self.builder.build(thread).parents[2]?.kind == .cue)
    }

    @Test func aPostWithoutEvidenceRepliesToTheOpeningPost() throws {
        let thread = H.thread([H.post(0, "op", "Topic."), H.post(1, "ana", "Fine weather.")])
        let edge = try #require(Self.builder.build(thread).parents[1])
        #expect(
            edge
                == ReplyEdge(
                    from: 1, to: 0, kind: .thread, confidence: ReplyTreeBuilder.Confidence.thread,
                    evidence: edge.evidence))
    }

    @Test func mentionsOfEarlierAuthorsAreEdgesAndOtherEvidenceIsKept() throws {
        let thread = H.thread([
            H.post(0, "op", "Topic."),
            H.post(1, "Ana_K", "A view."),
            H.post(2, "ben", "Another view."),
            H.post(3, "cy", "Yes. @ana_k has it right, mail me at cy@example.org, and @nobody."),
        ])
        let tree = Self.builder.build(thread)
        let edge = try #require(tree.parents[3])
        #expect(edge.kind == .mention)
        #expect(edge.to == 1)
        #expect(edge.evidence == "mentions @ana_k")
        #expect(tree.alternatives[3].map(\.kind) == [.cue])
        #expect(tree.alternatives[3].first?.to == 2)
    }

    @Test func aSelfMentionIsNoEdge() throws {
        let thread = H.thread([H.post(0, "op", "Topic."), H.post(1, "ana", "Hi."), H.post(2, "ana", "@ana again")])
        #expect(Self.builder.build(thread).parents[2]?.kind == .thread)
    }

    @Test func postNumbersCountFromOneAtTheOpeningPost() throws {
        let thread = H.thread([
            H.post(0, "op", "Topic."),
            H.post(1, "ana", "One."),
            H.post(2, "ben", "Two."),
            H.post(3, "cy", "As post #2 said, and see #9 and #0."),
            H.post(4, "di", "Back to #1 then."),
        ])
        let tree = Self.builder.build(thread)
        #expect(tree.parents[3]?.kind == .postReference)
        #expect(tree.parents[3]?.to == 1)
        #expect(tree.parents[3]?.evidence == "refers to post #2")
        #expect(tree.parents[4]?.to == 0)
        #expect(tree.parents[4]?.kind == .postReference)
    }

    @Test(arguments: ["POST 2 was right.", "as Comment #2 says", "see reply 2"])
    func postWordsMatchWithoutRegardToCase(body: String) throws {
        let thread = H.thread([H.post(0, "op", "Topic."), H.post(1, "ana", "One."), H.post(2, "cy", body)])
        #expect(Self.builder.build(thread).parents[2]?.kind == .postReference)
        #expect(Self.builder.build(thread).parents[2]?.to == 1)
    }

    @Test(arguments: ["posts 2 and 3", "postal 2", "pos 2", "post two"])
    func wordsThatOnlyStartLikePostWordsGiveNoReference(body: String) throws {
        let thread = H.thread([H.post(0, "op", "Topic."), H.post(1, "ana", "One."), H.post(2, "cy", body)])
        #expect(Self.builder.build(thread).parents[2]?.kind == .thread)
    }

    @Test func aKelvinSignLowersToAnASCIIPostWordAndOtherNonASCIIWordsMatchNone() throws {
        var vocabulary = ReplyTreeVocabulary()
        vocabulary.postWords = ["kommentar"]
        let builder = ReplyTreeBuilder(vocabulary: vocabulary)
        func parent(_ body: String) -> ReplyEdgeKind? {
            builder.build(H.thread([H.post(0, "op", "Thema."), H.post(1, "ana", "Eins."), H.post(2, "cy", body)]))
                .parents[2]?.kind
        }
        #expect(parent("\u{212A}OMMENTAR 2 stimmt") == .postReference)
        #expect(parent("kömmentar 2 stimmt") == .thread)
    }

    @Test func aNonASCIIPostWordSetAfterTheBuilderIsMadeMatchesUnicodeCase() throws {
        var builder = ReplyTreeBuilder(vocabulary: ReplyTreeVocabulary())
        var vocabulary = ReplyTreeVocabulary()
        vocabulary.postWords = ["réponse"]
        builder.vocabulary = vocabulary
        let thread = H.thread([H.post(0, "op", "Sujet."), H.post(1, "ana", "Un."), H.post(2, "cy", "RÉPONSE 2 : oui")])
        #expect(builder.build(thread).parents[2]?.kind == .postReference)
        #expect(builder.build(thread).parents[2]?.evidence == "refers to RÉPONSE 2")
    }

    @Test func explicitNestingWinsAndForwardParentsAreIgnored() throws {
        let thread = H.thread([
            H.post(0, "op", "Topic."),
            H.post(1, "ana", "One."),
            H.post(2, "ben", "Yeah right.", quotes: [H.quote("op", of: 0)], replyTo: 1),
            H.post(3, "cy", "Three.", replyTo: 7),
            H.post(4, "di", "Four.", replyTo: 4),
        ])
        let tree = Self.builder.build(thread)
        try tree.validate()
        #expect(tree.parents[2]?.kind == .nesting)
        #expect(tree.parents[2]?.to == 1)
        #expect(tree.alternatives[2].map(\.kind) == [.quote, .cue])
        #expect(tree.parents[3]?.kind == .thread)
        #expect(tree.parents[4]?.kind == .thread)
    }

    @Test func relativeTimesGiveLatencyBetweenPostsWhenBothAreKnown() throws {
        let thread = H.thread([
            H.post(0, "op", "Topic.", time: "3 days ago"),
            H.post(1, "ana", "Late reply.", time: "yesterday"),
            H.post(2, "ben", "Later.", time: "January 14"),
        ])
        let tree = Self.builder.build(thread)
        #expect(tree.parents[1]?.latency == 2 * 86_400)
        #expect(tree.parents[2]?.latency == nil)
    }

    @Test func anEmptyThreadHasNoRootAndIsValid() throws {
        let tree = Self.builder.build(H.thread([]))
        #expect(tree.root == nil)
        try tree.validate()
    }

    @Test func aLargeThreadIsBuiltInLinearTime() throws {
        let posts = (0..<20_000).map { index in
            H.post(
                index, "user\(index % 50)",
                index % 3 == 0 ? "Yeah @user\((index + 7) % 50) has it" : "A post, see #\(max(1, index / 2)).")
        }
        let clock = ContinuousClock()
        var tree: ReplyTree?
        let elapsed = clock.measure { tree = Self.builder.build(H.thread(posts)) }
        try tree?.validate()
        #expect(tree?.count == 20_000)
        #expect(elapsed < .seconds(5))
    }
}
