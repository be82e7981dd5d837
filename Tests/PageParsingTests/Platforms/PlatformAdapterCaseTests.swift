import Foundation
import Lexicon
import Testing
import ThreadModel

@testable import PageParsing

/// Every platform's example pages (`Lexicons/platforms/<name>/cases/`) against their expected
/// posts, as `threadscan lexicon test` runs them, and the lossless property on each.
@Suite struct PlatformAdapterCaseTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func bundle() throws -> LexiconBundle {
        try LexiconBundle.load(directory: packageRoot.appendingPathComponent("Lexicons").path)
    }

    @Test func everyCaseGivesItsExpectedPosts() throws {
        let bundle = try Self.bundle()
        let (cases, problems) = PlatformCase.cases(in: bundle)
        #expect(problems.isEmpty, "\(problems)")
        #expect(cases.count >= 6)
        let parser = try PageParser(lexicons: bundle)
        for platformCase in cases {
            let failures = platformCase.failures(parser: parser)
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }

    /// Every visible text node of each case page lies in exactly one segment, segments are in
    /// order and never overlap, and each segment's bytes are the file's.
    @Test func everyVisibleTextNodeLandsInExactlyOneSegment() throws {
        let bundle = try Self.bundle()
        let parser = try PageParser(lexicons: bundle)
        for platformCase in PlatformCase.cases(in: bundle).cases {
            let thread = parser.parse(platformCase.page, source: platformCase.origin)
            let document = HTMLDocument.parse(platformCase.page)
            let adapter = try #require(parser.htmlAdapters.adapter(named: platformCase.platform))
            let tables = try #require(DOMRoleMatches(document: document, adapter: adapter))
            Self.expectLossless(thread, document: document, tables: tables, path: platformCase.path)
        }
    }

    /// Expects every visible text node of `document` (as `tables` renders it) in exactly one
    /// segment of `thread`, and its segments in order without overlap; the generic adapter's
    /// tests check their pages with it too.
    static func expectLossless(
        _ thread: DiscussionThread, document: HTMLDocument, tables: DOMRoleMatches, path: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let nodes = DOMSegments.visibleTextNodes(document, tables)
        #expect(!nodes.isEmpty, sourceLocation: sourceLocation)
        var previousEnd = 0
        for segment in thread.segments {
            #expect(
                segment.span.byteStart >= previousEnd, "\(path): overlapping segments", sourceLocation: sourceLocation)
            previousEnd = segment.span.byteEnd
        }
        for node in nodes {
            let range = document.nodes[Int(node)].range
            let holders = thread.segments.filter {
                $0.span.byteStart <= range.lowerBound && range.upperBound <= $0.span.byteEnd
            }
            #expect(
                holders.count == 1, "\(path): text node at \(range) in \(holders.count) segments",
                sourceLocation: sourceLocation)
        }
    }

    @Test func threadedPlatformsGiveNestingParents() throws {
        let bundle = try Self.bundle()
        let parser = try PageParser(lexicons: bundle)
        for name in ["reddit", "hackernews", "discourse"] {
            let page = try #require(bundle.file("platforms/\(name)/cases/everything.html"))
            let thread = parser.parse(Array(page.text.utf8), source: page.origin)
            #expect(thread.posts.dropFirst().allSatisfy { $0.replyTo != nil }, "\(name)")
            #expect(Set(thread.posts.compactMap(\.replyTo)).count > 1, "\(name): the replies nest")
        }
    }

    @Test func aBadRowIsALexiconErrorWithTheSelectorsColumn() {
        let text = "role\tselector\ttake\npost\tdiv.post\nauthr\t.a\nbody\tdiv[a=\ntime\ttime\tattr\n"
        let (_, problems) = try! HTMLAdapter.compile(name: "mine", file: "platforms/mine/html.tsv", text: text)
        #expect(
            problems.map(\.description) == [
                "platforms/mine/html.tsv:3: \(HTMLAdapter.Message.unknownRole("authr"))",
                "platforms/mine/html.tsv:4: selector 'div[a=': expected an attribute value (a name or a quoted string), found the end of the selector at column 7",
                "platforms/mine/html.tsv:5: \(AdapterTake.Message.unknown("attr"))",
            ])
    }

    @Test func aPageNoAdapterRecognisesFallsBackToCopiedText() throws {
        let parser = try PageParser(lexicons: try Self.bundle())
        let page = Array("<html><body><p>Just an article.</p></body></html>".utf8)
        let thread = parser.parse(page, source: "x.html")
        #expect(thread.adapter?.method.hasPrefix("html:") != true)
    }

    @Test func valuesAreReadAsDocumented() {
        #expect(AdapterValue.idKey("js-post-5001") == "5001")
        #expect(AdapterValue.idKey("post: 5001") == "5001")
        #expect(AdapterValue.count("alice, bob and 2 others") == 4)
        #expect(AdapterValue.count("1,204") == 1204)
        #expect(AdapterValue.nameAndCount("3 Likes") == ("Likes", 3))
        #expect(AdapterValue.isoTime("2024-01-20T14:00:00 1705759200") == "2024-01-20T14:00:00")
        #expect(AdapterValue.isoTime("1709370900") == "2024-03-02T09:15:00Z")
        #expect(AdapterValue.isoTime("Mar 2, 2024") == nil)
    }

    @Test(arguments: [
        ("2024-01-12 08:05:33Z", "2024-01-12T08:05:33Z"),
        ("2024-01-12 08:30:00Z, License: CC BY-SA 4.0", "2024-01-12T08:30:00Z"),
        ("2024-05-11 21:04:17", "2024-05-11T21:04:17"),
        ("2024-05-10 09:12 pm (UTC)", "2024-05-10T21:12:00Z"),
        ("2024-05-10 12:05am", "2024-05-10T00:05:00"),
        ("2024-05-10 12:30 p.m. GMT", "2024-05-10T12:30:00Z"),
        ("2024-05-10 10:00 +0200", "2024-05-10T10:00:00+02:00"),
        ("2024-05-10 10:00:00.250-05:00", "2024-05-10T10:00:00-05:00"),
        ("2024-05-10 25:00", "2024-05-10"),
        ("2024-05-10 13:00 pm", "2024-05-10"),
        ("2024-05-10 by admin", "2024-05-10"),
    ])
    func aDateKeepsTheClockTimeAfterIt(shown: String, iso: String) {
        #expect(AdapterValue.isoTime(shown) == iso)
    }
}
