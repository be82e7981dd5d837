import Foundation
import Testing

/// A page no layout recognises, and an empty one, are said so: never silently a news article.
@Suite struct UnrecognisedPageTests {
    @Test func aPageOfNoKnownLayoutIsReadAsOneArticleWithAWarningAndIsQueued() throws {
        let page = "Some thoughts on the new parking rules\nHonestly whoever wrote this is a moron and an idiot.\n"
        let result = try CLIRunner.run(
            ["scan", "-", "--format", "json", "--fail-on", "medium"], stdin: Data(page.utf8))
        #expect(result.status == 2)
        let json = try CLIRunner.json(result)
        let thread = try #require(json["thread"] as? [String: Any])
        #expect(thread["warnings"] as? [String] == ["no forum layout recognised: read as one article"])
        #expect(thread["article"] as? Bool == false)
        let queue = try #require(json["queue"] as? [[String: Any]])
        #expect(queue.map { $0["post"] as? Int } == [0])
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("no forum layout recognised") }
        #expect(lines == ["warning: -: no forum layout recognised: read as one article"])
    }

    @Test func aRecognisedNewsPageKeepsItsArticleOutOfTheQueueWithoutAWarning() throws {
        let page = CLIRunner.packageRoot.appendingPathComponent("Examples/news-comments.txt").path
        let json = try CLIRunner.json(try CLIRunner.run(["scan", page, "--format", "json"]))
        let thread = try #require(json["thread"] as? [String: Any])
        #expect(thread["article"] as? Bool == true)
        #expect(thread["warnings"] as? [String] == [])
    }

    @Test func anEmptyInputIsAWarningNotANewsPage() throws {
        let result = try CLIRunner.run(["scan", "-", "--format", "json"], stdin: Data())
        let thread = try #require(try CLIRunner.json(result)["thread"] as? [String: Any])
        #expect(thread["platform"] as? String == "unknown")
        #expect(thread["warnings"] as? [String] == ["empty page: no text to read"])
        #expect(result.stderr.contains("warning: -: empty page: no text to read"))
    }
}
