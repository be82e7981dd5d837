import Foundation
import Lexicon
import TestSupport
import Testing
import ThreadModel

@testable import PageParsing

/// The generic adapter on boards no platform adapter or profile covers
/// (`Tests/PageParsingTests/Fixtures/generic/`), in HTML and in copied text: the posts, their
/// authors, times and parents, the method that found them, losslessness, and linear time.
@Suite struct GenericAdapterTests {
    /// What a fixture should give: the method, then per post its author, shown time and parent.
    struct Expected: CustomTestStringConvertible, Sendable {
        var file: String
        var method: String
        var authors: [String?]
        var times: [String?]
        var parents: [Int?]
        var testDescription: String { file }
    }

    static let cases: [Expected] = [
        Expected(
            file: "microdata-blog.html", method: "generic:microdata",
            authors: ["Marta Kowalski", "shedhead", "Oliver"],
            times: ["May 14, 2026", "2026-05-14T09:30:00Z", "May 15, 2026"], parents: [nil, 0, nil]),
        Expected(
            file: "jsonld-obfuscated.html", method: "generic:json-ld",
            authors: ["riverside_kate", "J. Okafor", "riverside_kate", "Bram"],
            times: [
                "2026-04-02T18:20:00+02:00", "2026-04-02T19:05:00+02:00", "2026-04-02T19:40:00+02:00",
                "2026-04-03T07:12:00+02:00",
            ],
            parents: [nil, 0, 1, 0]),
        Expected(
            file: "threaded-replies.html", method: "generic:repeated-blocks",
            authors: ["Ines", "pedro_m", "Ines", "Walt"],
            times: ["4 hours ago", "3 hours ago", "2 hours ago", "1 hour ago"], parents: [nil, 0, 1, nil]),
        Expected(
            file: "wheel-board.html", method: "generic:repeated-blocks",
            authors: ["anna_k", "ferdl", "anna_k", "mo_rides"],
            times: ["14.05.2026 08:02", "14.05.2026 09:15", "14.05.2026 10:40", "15.05.2026 18:05"],
            parents: [nil, nil, nil, nil]),
        Expected(
            file: "microdata-blog.txt", method: "generic:text", authors: ["Marta Kowalski", "shedhead", "Oliver"],
            times: ["May 14, 2026", "May 14, 2026", "May 15, 2026"], parents: [nil, nil, nil]),
        Expected(
            file: "jsonld-obfuscated.txt", method: "generic:text",
            authors: ["riverside_kate", "J. Okafor", "riverside_kate", "Bram"],
            times: ["2 Apr", "2 Apr", "2 Apr", "3 Apr"], parents: [nil, nil, nil, nil]),
        Expected(
            file: "threaded-replies.txt", method: "generic:text", authors: ["Ines", "pedro_m", "Ines", "Walt"],
            times: ["4 hours ago", "3 hours ago", "2 hours ago", "1 hour ago"], parents: [nil, nil, nil, nil]),
        Expected(
            file: "wheel-board.txt", method: "generic:text", authors: ["anna_k", "ferdl", "anna_k", "mo_rides"],
            times: ["14.05.2026 08:02", "14.05.2026 09:15", "14.05.2026 10:40", "15.05.2026 18:05"],
            parents: [nil, nil, nil, nil]),
    ]

    @Test(arguments: cases)
    func fixtureGivesItsPosts(_ expected: Expected) throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("generic/\(expected.file)"))
        #expect(thread.platform == "generic")
        #expect(thread.adapter?.method == expected.method)
        let confidence = try #require(thread.adapter?.confidence)
        #expect(confidence > 0 && confidence <= 1)
        #expect(thread.posts.map(\.author) == expected.authors)
        #expect(thread.posts.map(\.timestamp) == expected.times)
        #expect(thread.posts.map(\.replyTo) == expected.parents)
        #expect(thread.posts.allSatisfy { !$0.body.isEmpty })
        #expect(!thread.warnings.contains { $0.message == CopiedTextExtractor.noLayout })
        // Buttons and the header are no part of a body.
        for post in thread.posts {
            #expect(!post.body.contains("Reply") && !post.body.contains("Report"), "\(post.body)")
            #expect(post.author.map { !post.body.hasPrefix($0) } ?? true, "\(post.body)")
        }
    }

    @Test func microdataGivesISOTimes() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("generic/microdata-blog.html"))
        #expect(
            thread.posts.map(\.isoTime) == ["2026-05-14T08:02:00Z", "2026-05-14T09:30:00Z", "2026-05-15T10:00:00Z"])
        #expect(thread.posts[1].body == "Yes, two coats of preservative on every joist.")
    }

    @Test func repeatedBlockTimesKeepOnlyTheTimeAndScoresStayOut() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("generic/threaded-replies.html"))
        #expect(thread.posts.allSatisfy { $0.timestamp?.hasPrefix("·") == false })
        #expect(thread.posts[0].body == "The new bridge finally opened to cyclists this morning.")
    }

    @Test func genericTextReadsScores() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("generic/threaded-replies.txt"))
        #expect(thread.posts.map(\.score) == [12, 8, 5, 3])
    }

    @Test func aPageWithoutAForumStillFallsBackToOneArticleWithTheWarning() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("generic/about-us.html"))
        #expect(thread.platform != "generic")
        #expect(thread.posts.count == 1)
        #expect(thread.warnings.contains { $0.byteOffset == nil && $0.message == CopiedTextExtractor.noLayout })
        #expect(CopiedTextExtractor.noLayout == "no forum layout recognised: read as one article")
    }

    /// A forced platform is never replaced by the generic adapter.
    @Test func aForcedPlatformIsKept() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("generic/wheel-board.txt"), platform: "news")
        #expect(thread.platform == "news")
    }

    @Test(arguments: cases.filter { $0.file.hasSuffix(".html") })
    func everyVisibleTextNodeLandsInExactlyOneSegment(_ expected: Expected) throws {
        let url = FixtureFiles.url("generic/\(expected.file)")
        let bytes = [UInt8](try Data(contentsOf: url))
        let thread = FixtureFiles.parser.parse(bytes, source: expected.file)
        let document = HTMLDocument.parse(bytes)
        let tables = DOMRoleMatches(
            document: document, adapter: HTMLAdapter(name: "generic", rules: []), matched: [], postRule: nil,
            postTextIsBody: false)
        PlatformAdapterCaseTests.expectLossless(thread, document: document, tables: tables, path: expected.file)
    }

    /// n repeated blocks, each a name link, a time and a body.
    static func board(blocks: Int) -> [UInt8] {
        var html =
            "<!DOCTYPE html><html><head><title>Big board</title></head><body><h1>Big board</h1><div class=\"list\">\n"
        for index in 0..<blocks {
            html +=
                "<div class=\"item\"><div class=\"by\"><a href=\"/members/u\(index % 97)\">user\(index % 97)</a></div>"
            html +=
                "<div class=\"d\">\(index % 28 + 1).05.2026 08:02</div><div class=\"txt\">Message number \(index) about wheels.</div>"
            html += "<div class=\"ops\"><a href=\"#q\">Quote</a> | <a href=\"#r\">Report</a></div></div>\n"
        }
        html += "</div></body></html>"
        return Array(html.utf8)
    }

    /// Parsing 4× the blocks costs about 4× the thread CPU time (at most 8×), not 16×.
    @Test func repeatedBlocksTakeLinearTime() throws {
        let growth = ParseGrowth(small: Self.board(blocks: 10_000), large: Self.board(blocks: 40_000))
        #expect(growth.small?.adapter?.method == "generic:repeated-blocks")
        #expect(growth.small?.posts.count == 10_000)
        #expect(growth.large?.posts.count == 40_000)
        #expect(growth.ratio < 8, "10⁴ and 4·10⁴ blocks: \(growth.times)")
    }
}
