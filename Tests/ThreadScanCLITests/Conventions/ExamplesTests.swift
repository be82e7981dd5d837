import Foundation
import Testing

/// The README's example pages read as they claim: the MHTML save is the HTML page, the two phpBB
/// pages are one thread.
@Suite struct ExamplesTests {
    static func posts(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLIRunner.run(["parse"] + arguments + ["-f", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try CLIRunner.json(result)["posts"] as? [[String: Any]])
    }

    @Test func theMHTMLSaveHoldsTheSameThreadAsTheHTMLSave() throws {
        let html = try Self.posts(["Examples/xenforo-thread.html"])
        let mhtml = try Self.posts(["Examples/single-file/xenforo-thread.mhtml"])
        #expect(html.count == 6)
        #expect(html.map { $0["author"] as? String } == mhtml.map { $0["author"] as? String })
        #expect(html.map { $0["body"] as? String } == mhtml.map { $0["body"] as? String })
        #expect(html.map { ($0["quotes"] as? [Any])?.count } == mhtml.map { ($0["quotes"] as? [Any])?.count })
    }

    @Test func theTwoPhpBBPagesAreOneThreadInPageOrder() throws {
        let reversed = try CLIRunner.run([
            "scan", "Examples/phpbb-thread/page-2.html", "Examples/phpbb-thread/page-1.html", "-f", "json", "-q",
        ])
        let json = try CLIRunner.json(reversed)
        let thread = try #require(json["thread"] as? [String: Any])
        let merge = try #require(thread["merge"] as? [String: Any])
        #expect(merge["by"] as? String == "canonical-url")
        #expect(
            merge["pages"] as? [String] == ["Examples/phpbb-thread/page-1.html", "Examples/phpbb-thread/page-2.html"])
        let posts = try #require(json["posts"] as? [[String: Any]])
        #expect(
            posts.map { $0["author"] as? String } == [
                "hazel_w", "tom_quarry", "grumbling_gus", "tom_quarry", "grumbling_gus",
            ])
        #expect(posts.map { $0["parent"] as? Int } == [nil, 0, 0, 2, 3])
    }
}
