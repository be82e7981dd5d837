import Lexicon
import Testing
import ThreadModel

@testable import Analysis

@Suite struct ThreadReportBuilderTests {
    typealias H = HandThread
    typealias A = HandAnalysis
    static let treeBuilder = ReplyTreeBuilder(vocabulary: try! ReplyTreeVocabulary(bundle: .defaults))
    static let builder = ThreadReportBuilder(amplifiers: try! AmplifierLexicon(bundle: .defaults))

    static func report(_ posts: [Post], _ analyses: [TextAnalysis], minimumSeverity: Severity = .low) -> ThreadReport {
        let thread = H.thread(posts)
        var builder = Self.builder
        builder.minimumSeverity = minimumSeverity
        return builder.report(thread: thread, tree: treeBuilder.build(thread), analyses: analyses)
    }

    /// An article, a mild reply with approving reactions, a harsh reply opening with a cue, and a
    /// mild reply quoting the harsh one (the shape of a copied news-forum thread).
    static let articleThread = report(
        [
            H.post(0, nil, "A report on a treaty between two governments."),
            H.post(
                1, nil, "The villains unite. What if someone bombs their plants?",
                reactions: [.init(name: "Like", count: 1), .init(name: "Thumbs Up", count: 1)]),
            H.post(2, nil, "Yeah both regimes are rotten to the core and led by thugs."),
            H.post(
                3, nil, "Are you describing our own leaders?",
                quotes: [H.quote("writer", of: 2, time: "8 minutes ago")],
                reactions: [.init(name: "Like", count: 1), .init(name: "Sad", count: 1)]),
        ],
        [
            A.civil,
            A.uncivil(0.2, .low, target: .thirdParty, categories: ["name-calling"], words: ["villains"]),
            A.uncivil(
                0.7, .high, target: .thirdParty, categories: ["aspersion", "name-calling"],
                words: ["rotten to the core", "thugs"], stance: .support),
            A.uncivil(0.15, .low, target: .thirdParty, categories: ["aspersion"], words: ["describing"], stance: .deny),
        ]
    )

    @Test func theHarshestPostLeadsTheQueueAndTheCivilOpeningPostIsNotInIt() {
        let report = Self.articleThread
        #expect(report.queue.map(\.post) == [2, 1, 3])
        #expect(report.queue.allSatisfy { !$0.reasons.isEmpty })
        #expect(report.edges.map { [$0.from, $0.to] } == [[1, 0], [2, 1], [3, 2]])
        #expect(report.edges.map(\.kind) == [.thread, .cue, .quote])
    }

    @Test func anUncivilOpeningPostIsQueuedOnAForumButNotAsANewsArticle() {
        let posts = [
            H.post(0, "ranter", "Everyone on this board is a moron."), H.post(1, "calm", "Please keep it civil."),
        ]
        let analyses = [
            A.uncivil(0.5, .medium, target: .participant, categories: ["insult"], words: ["moron"]), A.civil,
        ]
        var thread = H.thread(posts)
        let forum = Self.builder.report(thread: thread, tree: Self.treeBuilder.build(thread), analyses: analyses)
        #expect(forum.queue.map(\.post) == [0])
        thread.openingPostIsArticle = true
        let article = Self.builder.report(thread: thread, tree: Self.treeBuilder.build(thread), analyses: analyses)
        #expect(article.queue.isEmpty)
    }

    @Test func priorityAddsItsDocumentedParts() throws {
        let queue = Self.articleThread.queue
        let harsh = try #require(queue.first { $0.post == 2 })
        #expect(harsh.breakdown == PriorityBreakdown(severity: 42, participant: 0, amplification: 0, escalation: 10))
        #expect(harsh.priority == 52)
        let mild = try #require(queue.first { $0.post == 1 })
        #expect(mild.breakdown == PriorityBreakdown(severity: 12, participant: 0, amplification: 4, escalation: 10))
        let last = try #require(queue.first { $0.post == 3 })
        #expect(last.breakdown == PriorityBreakdown(severity: 9, participant: 0, amplification: 2, escalation: 0))
    }

    @Test func reasonsReadInASecond() throws {
        let harsh = try #require(Self.articleThread.queue.first)
        #expect(
            harsh.reasons == [
                "High incivility (0.70): aspersion, name-calling — \"rotten to the core\", \"thugs\"",
                "aimed at a third party (public figure, country or institution)",
                "escalates: harsher than post #2 it replies to (low → high)",
            ])
        #expect(harsh.evidence == ["rotten to the core", "thugs"])
        let mild = try #require(Self.articleThread.queue.first { $0.post == 1 })
        #expect(mild.reasons.contains("first uncivil post of its branch (replies to civil post #1)"))
        #expect(mild.reasons.contains("amplified by approving reactions: Like 1, Thumbs Up 1"))
    }

    @Test func aSadReactionDoesNotAmplify() {
        #expect(
            Self.articleThread.signals.amplifications == [
                Amplification(post: 1, approvals: 2, reactions: ["Like 1", "Thumbs Up 1"]),
                Amplification(post: 3, approvals: 1, reactions: ["Like 1"]),
            ])
    }

    @Test func summaryCountsEveryBand() {
        let summary = Self.articleThread.summary
        #expect(summary.posts == 4)
        #expect(summary.uncivilPosts == 3)
        #expect(summary.bySeverity == [.none: 1, .low: 2, .medium: 0, .high: 1])
        #expect(summary.queued == 3)
        #expect(summary.maxSeverity == .high)
        #expect(summary.authors == 0)
    }

    @Test func theMinimumSeverityFiltersTheQueue() {
        let thread = Self.articleThread
        let high = Self.builder.report(thread: thread.thread, tree: thread.tree, analyses: thread.posts.map(\.analysis))
        #expect(high.queue.count == 3)
        var strict = Self.builder
        strict.minimumSeverity = .high
        #expect(
            strict.report(thread: thread.thread, tree: thread.tree, analyses: thread.posts.map(\.analysis)).queue.map(
                \.post) == [2])
    }

    @Test func escalationMarksTheTurnAndEachRise() {
        let report = Self.report(
            [
                H.post(0, "op", "Topic."),
                H.post(1, "ana", "A calm point."),
                H.post(2, "ben", "Yes, a calm answer."),
                H.post(3, "ana", "Yes, but you are a dunce."),
                H.post(4, "ben", "Yes, and you are worse."),
                H.post(5, "ana", "Yes, whatever."),
            ],
            [A.civil, A.civil, A.civil, A.uncivil(0.2, .low), A.uncivil(0.8, .high), A.uncivil(0.3, .medium)]
        )
        #expect(
            report.signals.escalations == [
                Escalation(kind: .turnedUncivil, post: 3, parent: 2, from: .none, to: .low, civilRepliesBefore: 2),
                Escalation(kind: .intensified, post: 4, parent: 3, from: .low, to: .high, civilRepliesBefore: 0),
            ])
        #expect(
            report.queue.first { $0.post == 3 }?.reasons.contains(
                "turned a civil exchange uncivil after 2 civil replies") == true)
        #expect(report.queue.first { $0.post == 5 }?.breakdown.escalation == 0)
    }

    @Test func twoUsersTradingUncivilRepliesAreAHeatedExchange() {
        let report = Self.report(
            [
                H.post(0, "op", "Topic."),
                H.post(1, "ana", "A view."),
                H.post(2, "ben", "@ana you fool."),
                H.post(3, "ana", "@ben you clown."),
                H.post(4, "ben", "@ana still a fool."),
                H.post(5, "cy", "@ben calm down, dunce."),
            ],
            [A.civil, A.civil, A.uncivil(0.3, .low), A.uncivil(0.3, .low), A.uncivil(0.3, .low), A.uncivil(0.3, .low)]
        )
        #expect(report.signals.heatedExchanges == [HeatedExchange(authors: ["ben", "ana"], posts: [2, 3, 4])])
        let ben = report.authors.first { $0.author == "ben" }
        #expect(ben?.uncivilPosts == [2, 4])
        #expect(ben?.uncivilTowards == ["ana"])
        #expect(ben?.targets == [.participant: 2])
        #expect(
            report.queue.first { $0.post == 3 }?.reasons.contains(
                "heated exchange between ben and ana (3 uncivil replies)") == true)
        #expect(
            report.queue.first { $0.post == 3 }?.reasons.contains("aimed at a participant: replying to ben (post #3)")
                == true)
        #expect(report.queue.first { $0.post == 3 }?.breakdown.participant == 20)
    }

    @Test func severalUncivilRepliesToOnePostOrAuthorAreAPileOn() {
        let report = Self.report(
            [
                H.post(0, "op", "Topic."),
                H.post(1, "ana", "An unpopular view."),
                H.post(2, "ben", "@ana nonsense, dunce."),
                H.post(3, "cy", "@ana what a dunce."),
                H.post(4, "ana", "I stand by it."),
                H.post(5, "di", "@ana still a dunce."),
                H.post(6, "ben", "@ana dunce again."),
            ],
            [
                A.civil, A.civil, A.uncivil(0.3, .low), A.uncivil(0.3, .low), A.civil, A.uncivil(0.3, .low),
                A.uncivil(0.3, .low),
            ]
        )
        #expect(
            report.signals.pileOns == [
                PileOn(target: .author("ana"), replies: [2, 3, 5, 6], authors: ["ben", "cy", "di"])
            ])
        let single = Self.report(
            [
                H.post(0, "op", "Topic."), H.post(1, "ana", "View."), H.post(2, "ben", "@ana x"),
                H.post(3, "cy", "@ana y"), H.post(4, nil, "@ana z"),
            ],
            [A.civil, A.civil, A.uncivil(0.3, .low), A.uncivil(0.3, .low), A.uncivil(0.3, .low)]
        )
        #expect(single.signals.pileOns == [PileOn(target: .post(1), replies: [2, 3, 4], authors: ["ben", "cy"])])
        #expect(single.queue.first?.reasons.contains("one of 3 uncivil replies piling on post #2 by ana") == true)
    }

    @Test func repliesWithoutEvidenceMakeNoPileOn() {
        let report = Self.report(
            [H.post(0, "op", "Article."), H.post(1, "a", "x"), H.post(2, "b", "y"), H.post(3, "c", "z")],
            [A.civil, A.uncivil(0.3, .low), A.uncivil(0.3, .low), A.uncivil(0.3, .low)]
        )
        #expect(report.signals.pileOns.isEmpty)
        #expect(report.signals.escalations.count == 3)
    }

    @Test func authorSummariesCountStances() {
        let report = Self.report(
            [
                H.post(0, "op", "Topic."), H.post(1, "ana", "Agreed."), H.post(2, "ana", "Yes indeed."),
                H.post(3, "Ana", "No, wrong."),
            ],
            [A.civil, A.stance(.support), A.stance(.support), A.stance(.deny)]
        )
        #expect(report.authors.map(\.author) == ["op", "ana"])
        #expect(report.authors[1].posts == [1, 2, 3])
        #expect(report.authors[1].stances == [.support: 2, .deny: 1])
        #expect(report.authors[1].maxSeverity == .none)
        #expect(report.queue.isEmpty)
    }
}
