import Foundation
import Testing

@testable import ThreadScan

/// Every platform's first page merged with its second (`page-2.html` after `everything.html`,
/// `X-page-2.html` after `X.html`, or another case named `…page-2.html` after `everything.html`)
/// as `threadscan parse first.html second.html` merges them: one thread, by address, the posts
/// page 2 repeats counted once, and page 2's quotes of page-1 posts pointing at them, in either
/// file order.
@Suite struct PlatformPageMergeTests {
    static let platforms = PlatformOutlineGoldenTests.packageRoot.appendingPathComponent("Lexicons/platforms")

    /// `platform/second-page.html` for every case whose name ends in `page-2.html` and whose
    /// first page (``firstPage(_:_:)``) is there.
    static var secondPages: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: platforms.path)) ?? []
        return names.sorted().flatMap { name -> [String] in
            let cases = (try? FileManager.default.contentsOfDirectory(atPath: path(name, ""))) ?? []
            return cases.filter { $0.hasSuffix("page-2.html") }.sorted().filter {
                FileManager.default.fileExists(atPath: path(name, firstPage(name, $0)))
            }.map { "\(name)/\($0)" }
        }
    }

    /// The page before `second`: `X.html` for `X-page-2.html` when there is one, else `everything.html`.
    static func firstPage(_ platform: String, _ second: String) -> String {
        let stem = second.dropLast("-page-2.html".count)
        if second.hasSuffix("-page-2.html"), !stem.isEmpty,
            FileManager.default.fileExists(atPath: path(platform, "\(stem).html"))
        {
            return "\(stem).html"
        }
        return "everything.html"
    }

    static func path(_ platform: String, _ page: String) -> String {
        platforms.appendingPathComponent("\(platform)/cases/\(page)").path
    }

    /// The files, given by name next to each other, parsed and grouped as the CLI does.
    static func merged(_ paths: [String]) throws -> [BatchRunner.ParsedThread] {
        let runner = BatchRunner(scanner: try ThreadScannerTests.scanner(), window: 2)
        return ScanPaths.units(ScanPaths.pages(paths).pages, merge: false).flatMap { runner.parse($0, merge: false) }
    }

    /// One page read alone.
    static func single(_ path: String) throws -> DiscussionThread {
        try PageParser(lexicons: .defaults).parse(try PageInput.read(path), source: path)
    }

    /// A case's expected posts as `author`, `flags`, `body` (the start of its words).
    static func expectedPosts(_ platform: String, _ page: String) throws -> [[String]] {
        let cases = PlatformCase.cases(in: .defaults).cases
        let found = try #require(cases.first { $0.platform == platform && $0.path.hasSuffix("/cases/\(page)") })
        return found.expected.map { [$0.fields[1], $0.fields[5], $0.fields[6]] }
    }

    static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The quotes (nested ones included) that `post`'s page left without a source.
    static func unattributed(_ quotes: [Quote]) -> [Quote] {
        quotes.flatMap { ($0.postIndex == nil ? [$0] : []) + unattributed($0.quotes) }
    }

    static func quote(_ quotes: [Quote], withText text: String) -> Quote? {
        for quote in quotes {
            if quote.text == text { return quote }
            if let nested = Self.quote(quote.quotes, withText: text) { return nested }
        }
        return nil
    }

    @Test func theSecondPagesOfThePaginatingPlatformsAreThere() {
        let expected = [
            "bbpress", "discourse", "flarum", "fluxbb", "invision", "livejournal", "mybb", "nodebb", "smf",
            "stackexchange", "vanilla", "vbulletin", "wordpress",
        ]
        let platforms = Set(Self.secondPages.map { String($0.prefix { $0 != "/" }) })
        #expect(Set(expected).isSubset(of: platforms), "\(Self.secondPages)")
        #expect(Self.secondPages.contains("vbulletin/vb3-page-2.html"))
        #expect(Self.secondPages.contains("vbulletin/vb5-page-2.html"))
        #expect(Self.firstPage("vbulletin", "vb5-page-2.html") == "vb5.html")
        #expect(Self.firstPage("flarum", "crawler-page-2.html") == "everything.html")
    }

    @Test(arguments: secondPages)
    func pagesOfOneThreadMergeInEitherOrder(secondPage: String) throws {
        let platform = String(secondPage.prefix { $0 != "/" })
        let name = String(secondPage.dropFirst(platform.count + 1))
        let firstName = Self.firstPage(platform, name)
        let first = Self.path(platform, firstName)
        let second = Self.path(platform, name)
        let page1 = try Self.single(first)
        let page2 = try Self.single(second)

        let firstRows = Set(try Self.expectedPosts(platform, firstName))
        let secondRows = try Self.expectedPosts(platform, name)
        let repeated = secondRows.indices.filter { firstRows.contains(secondRows[$0]) }
        #expect(page2.posts.count == secondRows.count)

        let forward = try Self.merged([first, second])
        try #require(forward.count == 1, "one thread, not \(forward.map(\.pages))")
        let thread = try forward[0].thread.get()
        let merge = try #require(thread.merge)
        #expect([.canonicalURL, .threadID].contains(merge.by), "merged by \(merge.by)")
        #expect(merge.pages == [first, second])
        #expect(forward[0].pages == [first, second])

        #expect(thread.posts.count == page1.posts.count + page2.posts.count - repeated.count)
        #expect(thread.posts.map(\.index) == Array(thread.posts.indices))
        let ids = thread.posts.compactMap(\.platformID)
        #expect(Set(ids).count == ids.count, "no post twice: \(ids)")
        #expect(Array(thread.posts.prefix(page1.posts.count).map(\.body)) == page1.posts.map(\.body))

        // Page 2's own posts follow page 1's, in order; their quotes of page-1 posts now have a source.
        let fresh = page2.posts.indices.filter { !repeated.contains($0) }.map { page2.posts[$0] }
        let tail = Array(thread.posts.dropFirst(page1.posts.count))
        #expect(tail.map(\.body) == fresh.map(\.body))
        var crossPage = 0
        for (post, mergedPost) in zip(fresh, tail) {
            for quote in Self.unattributed(post.quotes) {
                let resolved = try #require(Self.quote(mergedPost.quotes, withText: quote.text))
                let source = try #require(resolved.postIndex, "\(post.author ?? "?"): \(quote.text)")
                #expect(source < page1.posts.count, "the quoted post is on page 1")
                #expect(Self.folded(thread.posts[source].body).contains(Self.folded(quote.text)))
                #expect(resolved.author != nil && resolved.author == thread.posts[source].author)
                crossPage += 1
            }
        }
        #expect(crossPage >= 1, "page 2 quotes a post of page 1")

        let backward = try Self.merged([second, first])
        try #require(backward.count == 1)
        let reversed = try backward[0].thread.get()
        #expect(reversed.merge?.pages == [first, second])
        #expect(reversed.posts.map(\.platformID) == thread.posts.map(\.platformID))
        #expect(reversed.posts.map(\.body) == thread.posts.map(\.body))
        #expect(reversed.posts.map { $0.quotes.map(\.postIndex) } == thread.posts.map { $0.quotes.map(\.postIndex) })
    }
}
