import Foundation
import Testing

@testable import ThreadScan

/// What the pipeline hands the analyzer, recorded by a test analyzer.
final class ContextLog: @unchecked Sendable {
    private let lock = NSLock()
    private var contexts: [String: AnalysisContext] = [:]

    func record(_ body: String, _ context: AnalysisContext) {
        lock.withLock { contexts[body] = context }
    }

    func context(of body: String) -> AnalysisContext? {
        lock.withLock { contexts[body] }
    }
}

@Suite struct ThreadScannerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let nightbus = fixtures.appendingPathComponent("nightbus")

    /// A scanner whose analyzer marks a post uncivil (score 0.5, medium, aimed at a participant)
    /// when its words contain "genius", and records the context it was given.
    static func scanner(log: ContextLog = ContextLog(), targets: [String] = []) throws -> ThreadScanner {
        let lexicons = LexiconBundle.defaults
        return ThreadScanner(
            parser: try PageParser(lexicons: lexicons),
            treeBuilder: ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: lexicons)),
            reportBuilder: ThreadReportBuilder(amplifiers: try AmplifierLexicon(bundle: lexicons)),
            analyzePost: { post, context in
                log.record(post.body, context)
                guard post.body.contains("genius") else {
                    return TextAnalysis(incivility: .civil, replyStance: nil, targetStances: [])
                }
                return TextAnalysis(
                    incivility: IncivilityResult(
                        score: 0.5, severity: .medium, categories: ["insult"], target: .participant, evidence: []),
                    replyStance: StanceResult(stance: .deny, cues: []), targetStances: []
                )
            },
            findTargets: { _ in targets }
        )
    }

    static func page(_ name: String) throws -> (bytes: [UInt8], source: String) {
        let url = nightbus.appendingPathComponent(name)
        return ([UInt8](try Data(contentsOf: url)), url.path)
    }

    @Test func pagesOfOneThreadAreMergedAndQuotesAcrossPagesFindTheirAuthor() throws {
        let scanner = try Self.scanner()
        let thread = scanner.parse(pages: [try Self.page("page1.txt"), try Self.page("page2.txt")])
        #expect(thread.posts.map(\.index) == [0, 1, 2])
        #expect(thread.posts.map(\.author) == ["ana_w", "ben_r", "cy_t"])
        #expect(thread.title == "Is the night bus worth keeping?")
        let report = scanner.report(thread, pages: ["page1.txt", "page2.txt"])
        #expect(report.pages == ["page1.txt", "page2.txt"])
        #expect(report.edges.map(\.kind) == [.cue, .quote])
        #expect(report.edges[1].to == 1)
        #expect(report.edges[1].confidence == ReplyTreeBuilder.Confidence.quoteFound)
        #expect(thread.posts[2].quotes.first?.postIndex == 1)
        #expect(report.queue.map(\.post) == [2])
        #expect(report.queue[0].reasons.contains("aimed at a participant: replying to ben_r (post #2)"))
    }

    @Test func eachPostIsAnalyzedWithItsParentAndTheParticipantsItMayAddress() throws {
        let log = ContextLog()
        let scanner = try Self.scanner(log: log, targets: ["night bus"])
        _ = scanner.report(scanner.parse(pages: [try Self.page("page1.txt"), try Self.page("page2.txt")]))
        let reply = try #require(log.context(of: "Shift workers can take a taxi, genius."))
        #expect(reply.parentAuthor == "ben_r")
        #expect(reply.parentText == "No, it is a lifeline for shift workers and you know it.")
        #expect(
            reply.participants == ["ben_r", "ana_w"], "the parent's author first, then recent authors, never itself")
        #expect(reply.targets == ["night bus"])
        let opening = try #require(
            log.context(of: "The night bus runs almost empty after midnight. Is it worth the money?"))
        #expect(opening.parentText == nil)
    }

    @Test func mergingRenumbersQuotesParentsAndSegments() {
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 1)
        let first = DiscussionThread(
            source: "a", title: nil, platform: "invision",
            posts: [Post(index: 0, span: span), Post(index: 1, span: span)],
            segments: [Segment(kind: .body, post: 1, span: span, text: "x")])
        let second = DiscussionThread(
            source: "b", title: "Later title", platform: "invision",
            posts: [
                Post(
                    index: 0, quotes: [Quote(author: nil, postIndex: 0, time: nil, text: "q", span: span)], replyTo: 0,
                    span: span)
            ],
            segments: [Segment(kind: .body, post: 0, span: span, text: "y")],
            warnings: [ParseWarning(byteOffset: 3, message: "odd byte")]
        )
        let merged = DiscussionThread.merging([first, second])
        #expect(merged.source == "a")
        #expect(merged.title == "Later title")
        #expect(merged.posts.map(\.index) == [0, 1, 2])
        #expect(merged.posts[2].quotes[0].postIndex == 2)
        #expect(merged.posts[2].replyTo == 2)
        #expect(merged.segments.map(\.post) == [1, 2])
        #expect(merged.warnings.map(\.message) == ["b: odd byte"])
    }

    @Test func aQuoteOfAnEarlierPageFindsItsPostAndNamesItsAuthor() {
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 1)
        let first = DiscussionThread(
            source: "a", title: "T", platform: "invision",
            posts: [
                Post(index: 0, body: "Opening words.", span: span),
                Post(index: 1, body: "The ferry  is\nlate again today.", span: span),
                Post(index: 2, author: "di", body: "Unrelated.", span: span),
            ], segments: [])
        let second = DiscussionThread(
            source: "b", title: "T", platform: "invision",
            posts: [
                Post(
                    index: 0, author: "ed", body: "So what?",
                    quotes: [Quote(author: "bo", postIndex: nil, time: nil, text: "ferry is late", span: span)],
                    span: span),
                Post(
                    index: 1, author: "fi", body: "Hm.",
                    quotes: [Quote(author: "zz", postIndex: nil, time: nil, text: "words nobody wrote", span: span)],
                    span: span),
            ], segments: [])
        let merged = DiscussionThread.merging([first, second])
        #expect(merged.posts[3].quotes[0].postIndex == 1)
        #expect(merged.posts[1].author == "bo")
        #expect(merged.posts[1].authorInferred)
        #expect(merged.posts[4].quotes[0].postIndex == nil)
        #expect(DiscussionThread.merging([first]) == first)
    }

    @Test func aBatchComesBackInInputOrderWithFailuresInPlace() throws {
        let runner = BatchRunner(scanner: try Self.scanner(), window: 2)
        let page1 = Self.nightbus.appendingPathComponent("page1.txt").path
        let page2 = Self.nightbus.appendingPathComponent("page2.txt").path
        let inputs = [page1, page2, "/no/such/page.txt", page2, page1, page1, page2].map { ThreadInput(pages: [$0]) }
        var delivered: [Int] = []
        var outcomes: [String] = []
        runner.run(
            inputs,
            work: { position, result in
                switch result {
                case .success(let report): "\(position):\(report.thread.posts.count)"
                case .failure(let error): "\(position):\(error)"
                }
            },
            deliver: { position, output in
                delivered.append(position)
                outcomes.append(output)
            })
        #expect(delivered == Array(0..<7))
        #expect(outcomes == ["0:2", "1:1", "2:/no/such/page.txt: no such file or folder", "3:1", "4:2", "5:2", "6:1"])
    }

    @Test func participantsAreBoundedAndIncludeMentionsAndQuotes() throws {
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 1)
        var posts = (0..<40).map { Post(index: $0, author: "user\($0)", body: "post \($0)", span: span) }
        posts.append(
            Post(
                index: 40, author: "user40", body: "@user1 and @USER2, see above",
                quotes: [Quote(author: "user3", postIndex: 3, time: nil, text: "post 3", span: span)], span: span))
        let thread = DiscussionThread(source: "t.txt", title: nil, platform: "invision", posts: posts, segments: [])
        let tree = ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: .defaults)).build(thread)
        let lists = ThreadScanner.participants(of: thread, tree: tree)
        let last = lists[40]
        #expect(Array(last.prefix(3)) == ["user3", "user1", "user2"])
        #expect(last.count == 3 + ThreadScanner.recentAuthors)
        #expect(!last.contains("user40"))
        #expect(lists[0].isEmpty)
    }

    @Test func aLongThreadIsAnalyzedInParallelInPostOrder() throws {
        let log = ContextLog()
        let scanner = try Self.scanner(log: log)
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 1)
        let count = ThreadScanner.parallelThreshold * 3 + 5
        let posts = (0..<count).map {
            Post(
                index: $0, author: "user\($0 % 9)", body: $0 % 10 == 3 ? "genius number \($0)" : "plain number \($0)",
                span: span)
        }
        let report = scanner.report(
            DiscussionThread(source: "long.txt", title: nil, platform: "invision", posts: posts, segments: []))
        #expect(report.posts.count == count)
        #expect(report.posts.indices.allSatisfy { report.posts[$0].severity == ($0 % 10 == 3 ? .medium : .none) })
        #expect(log.context(of: "plain number \(count - 1)")?.participants.count == 8, "the 8 other authors")
    }
}
