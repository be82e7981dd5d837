import Foundation
import Testing

@testable import ThreadScan

/// Pages of one thread merged: recognised by address, ordered by page, posts counted once,
/// quotes attributed across pages.
@Suite struct MultiPageTests {
    static let multipage = ThreadScannerTests.fixtures.appendingPathComponent("multipage")

    static func parsed(_ folder: String, merge: Bool = false) throws -> [BatchRunner.ParsedThread] {
        let runner = BatchRunner(scanner: try ThreadScannerTests.scanner(), window: 2)
        let pages = ScanPaths.pages([multipage.appendingPathComponent(folder).path]).pages
        return ScanPaths.units(pages, merge: merge).flatMap { runner.parse($0, merge: merge) }
    }

    static func names(_ paths: [String]) -> [String] { paths.map { ($0 as NSString).lastPathComponent } }

    @Test func aXenForoFolderIsOneThreadInPageOrderBesideAPageOfAnotherThread() throws {
        let threads = try Self.parsed("xenforo")
        #expect(threads.map { Self.names($0.pages) } == [["bus.html"], ["one.html", "two.html", "three.html"]])
        let ferry = try threads[1].thread.get()
        #expect(ferry.merge?.by == .canonicalURL)
        #expect(Self.names(ferry.merge?.pages ?? []) == ["one.html", "two.html", "three.html"])
        #expect(ferry.posts.map(\.number) == [1, 2, 3, 4, 5, 6, 7], "post #4, on pages 1 and 2, counts once")
        #expect(ferry.posts.map(\.index) == Array(0..<7))
        #expect(ferry.posts[4].quotes.map(\.postIndex) == [0], "page 2 quotes post-5001 of page 1 by its id")
        #expect(ferry.posts[5].quotes.map(\.postIndex) == [1], "page 2 quotes page 1 by its text")
        #expect(try threads[0].thread.get().merge == nil)
    }

    @Test func aPhpBBThreadIsOrderedByStartNotByFileNameAndARepeatedPostCountsOnce() throws {
        let threads = try Self.parsed("phpbb")
        #expect(threads.map { Self.names($0.pages) } == [["page-b.html", "page-a.html"]])
        let thread = try threads[0].thread.get()
        #expect(thread.posts.compactMap(\.platformID) == ["p901", "p902", "p903", "p904", "p905", "p906"])
        #expect(thread.posts[4].quotes.map(\.postIndex) == [0])
        #expect(thread.posts[4].quotes.map(\.author) == ["beetroot_bill"])
        #expect(thread.merge?.by == .canonicalURL)
    }

    @Test func mergeJoinsPagesOfDifferentThreadsAndSaysWhichDisagree() throws {
        let threads = try Self.parsed("xenforo", merge: true)
        #expect(threads.count == 1)
        let thread = try threads[0].thread.get()
        #expect(thread.merge?.by == .forced)
        let warning = try #require(thread.warnings.first?.message)
        #expect(warning.hasPrefix("--merge joined pages of different threads: "))
        #expect(warning.contains("bus.html (https://forum.example/threads/bus-lanes-on-the-quay.900)"))
        #expect(warning.contains("one.html (https://forum.example/threads/ferry-timetable-changes.812)"))
    }

    @Test func addressesLoseTheirPageParameterInEveryDocumentedForm() throws {
        let cases: [(String, String, Double)] = [
            ("https://forum.example/threads/x.812/page-3", "https://forum.example/threads/x.812", 2),
            ("https://www.Forum.example/threads/x.812/", "https://forum.example/threads/x.812", 0),
            ("https://b.example/topic/4521-bus-lanes/page/2/", "https://b.example/topic/4521-bus-lanes", 1),
            ("https://v.example/forum/bus-lanes/page4", "https://v.example/forum/bus-lanes", 3),
            ("https://va.example/discussion/57/parking/p2", "https://va.example/discussion/57/parking", 1),
            ("https://va.example/discussion/57/parking/p1", "https://va.example/discussion/57/parking", 0),
            ("https://va.example/discussion/57/p", "https://va.example/discussion/57/p", 0),
            ("https://w.example/2024/03/lanes/comment-page-2/#comments", "https://w.example/2024/03/lanes", 1),
            ("https://g.example/viewtopic.php?t=77&start=20&sid=ab", "https://g.example/viewtopic.php?t=77", 20),
            ("https://g.example/viewtopic.php?start=10&f=3&t=77", "https://g.example/viewtopic.php?f=3&t=77", 10),
            ("https://v.example/showthread.php?t=5&page=3#post9", "https://v.example/showthread.php?t=5", 2),
            ("https://news.example/item?id=42&p=2", "https://news.example/item?id=42", 1),
            ("https://g.example/viewtopic.php?p=901", "https://g.example/viewtopic.php?p=901", 0),
            ("https://s.example/index.php?topic=123.15", "https://s.example/index.php?topic=123", 15),
        ]
        for (link, thread, order) in cases {
            let address = try #require(PageAddress(link), "\(link)")
            #expect(address.thread == thread, "\(link)")
            #expect(address.order == order, "\(link)")
        }
        #expect(PageAddress("https://g.example/viewtopic.php?f=3&t=77")?.threadID == "g.example 77")
        #expect(PageAddress("https://forum.example/threads/x.812/page-2")?.threadID == "forum.example 812")
        #expect(
            PageAddress("./viewtopic.php?t=77", base: "https://g.example/viewtopic.php?t=77&start=10")?.thread
                == "https://g.example/viewtopic.php?t=77")
    }

    static func page(
        _ source: String, title: String? = "T", canonical: String? = nil, next: String? = nil, previous: String? = nil,
        posts: [Post] = []
    ) -> DiscussionThread {
        var thread = DiscussionThread(source: source, title: title, platform: "xenforo", posts: posts, segments: [])
        thread.canonicalURL = canonical
        thread.nextPageURL = next
        thread.previousPageURL = previous
        return thread
    }

    @Test func pagesWithoutCanonicalAddressesAreJoinedByTheirPrevAndNextLinks() {
        let pages = [
            Self.page("b", previous: "/threads/x.812/"), Self.page("a", next: "/threads/x.812/page-2"),
            Self.page("c", title: "Other"),
        ]
        let groups = PageGrouping.groups(pages, byTitle: false, merge: false)
        #expect(groups.map(\.pages) == [[1, 0], [2]])
        #expect(groups.map(\.by) == [.canonicalURL, nil])
    }

    @Test func aPageWhoseCanonicalNamesTheThreadIsPlacedByItsPrevLink() {
        let question = "https://q.example/questions/48213/basil"
        let pages = [
            Self.page("second", canonical: question, previous: "/questions/48213/basil?page=1&tab=scoredesc"),
            Self.page("first", canonical: question, next: "/questions/48213/basil?page=2&tab=scoredesc"),
            Self.page("third", canonical: question, previous: "/questions/48213/basil?page=2&tab=scoredesc"),
        ]
        let groups = PageGrouping.groups(pages, byTitle: false, merge: false)
        #expect(groups.map(\.pages) == [[1, 0, 2]])
        #expect(PageAddress(of: pages[1])?.order == 0)
        #expect(PageAddress(of: pages[0])?.order == 0.75)
        #expect(PageAddress(of: pages[2])?.order == 1.75)
    }

    @Test func addressesThatDifferButShareAThreadIDAreOneThreadByThreadID() {
        let pages = [
            Self.page("a", canonical: "https://g.example/viewtopic.php?f=3&t=77"),
            Self.page("b", canonical: "https://g.example/viewtopic.php?t=77&start=10"),
            Self.page("c", canonical: "https://g.example/viewtopic.php?t=78"),
        ]
        let groups = PageGrouping.groups(pages, byTitle: true, merge: false)
        #expect(groups.map(\.pages) == [[0, 1], [2]])
        #expect(groups.map(\.by) == [.threadID, nil])
    }

    @Test func copiedTextIsGroupedByTitleOnlyInAFolder() {
        let pages = [Self.page("a1"), Self.page("b", title: "B"), Self.page("a2"), Self.page("u", title: nil)]
        #expect(PageGrouping.groups(pages, byTitle: true, merge: false).map(\.pages) == [[0, 2], [1], [3]])
        #expect(PageGrouping.groups(pages, byTitle: true, merge: false).map(\.by) == [.title, nil, nil])
        #expect(PageGrouping.groups(pages, byTitle: false, merge: false).map(\.pages) == [[0], [1], [2], [3]])
    }

    @Test func aPostWithoutAnIdRepeatedOnTheNextPageCountsOnceByAuthorTimeAndBody() {
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 1)
        let repeated = Post(index: 1, author: "bo", timestamp: "8 minutes ago", body: "Same words.", span: span)
        let first = Self.page("a", posts: [Post(index: 0, author: "al", body: "Opening.", span: span), repeated])
        var again = repeated
        again.index = 0
        let reply = Post(
            index: 1, author: "cy", body: "No.",
            quotes: [Quote(author: "bo", postIndex: 0, time: nil, text: "Same words.", span: span)], replyTo: 0,
            span: span)
        let merged = DiscussionThread.merging([first, Self.page("b", posts: [again, reply])], by: .title)
        #expect(merged.posts.map(\.author) == ["al", "bo", "cy"])
        #expect(merged.posts[2].quotes[0].postIndex == 1, "a pointer at the dropped copy points at the first")
        #expect(merged.posts[2].replyTo == 1)
    }

    /// The one quote attribution: a page read whole and the same posts split over two pages
    /// (quotes of the second page left for the merger) give every quote the same source.
    @Test func quotesAttributedWithinAPageAndAcrossPagesAgree() throws {
        let parser = try PageParser(lexicons: LexiconBundle.defaults)
        let path = Self.multipage.appendingPathComponent("xenforo/one.html").path
        let whole = parser.parse(try PageInput.read(path), source: path)
        func clear(_ quote: Quote) -> Quote {
            var quote = quote
            quote.postIndex = nil
            quote.quotes = quote.quotes.map(clear)
            return quote
        }
        var withoutIDs = whole
        for index in withoutIDs.posts.indices {
            withoutIDs.posts[index].quotes = withoutIDs.posts[index].quotes.map {
                var quote = $0
                quote.sourceID = nil
                return quote
            }
        }
        for thread in [whole, withoutIDs] {
            var first = thread
            first.posts = Array(thread.posts.prefix(1))
            var second = thread
            second.source = "second"
            second.posts = thread.posts.dropFirst().map { post in
                var post = post
                post.index -= 1
                post.quotes = post.quotes.map(clear)
                return post
            }
            let merged = DiscussionThread.merging([first, second], by: .canonicalURL)
            #expect(merged.posts.map { $0.quotes.map(\.postIndex) } == whole.posts.map { $0.quotes.map(\.postIndex) })
            #expect(
                merged.posts.map { $0.quotes.flatMap { $0.quotes.map(\.postIndex) } }
                    == whole.posts.map { $0.quotes.flatMap { $0.quotes.map(\.postIndex) } })
        }
    }
}
