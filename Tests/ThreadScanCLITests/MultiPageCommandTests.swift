import Foundation
import Testing

/// `parse` and `scan` merge the pages of one thread and say so; pages of different threads stay apart.
@Suite struct MultiPageCommandTests {
    static let multipage = "Tests/ThreadScanTests/Fixtures/multipage"

    @Test func scanningAFolderMergesTheThreadsPagesAndReportsWhy() throws {
        let result = try CLIRunner.run(["scan", "\(Self.multipage)/xenforo", "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let ferry = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        let thread = try #require(ferry["thread"] as? [String: Any])
        let merge = try #require(thread["merge"] as? [String: Any])
        #expect(merge["by"] as? String == "canonical-url")
        #expect(
            (merge["pages"] as? [String])?.map { ($0 as NSString).lastPathComponent } == [
                "one.html", "two.html", "three.html",
            ])
        #expect((ferry["posts"] as? [Any])?.count == 7)
        let bus = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((bus["thread"] as? [String: Any])?["merge"] is NSNull)
    }

    @Test func theTextReportSaysWhichPagesWereMerged() throws {
        let result = try CLIRunner.run(["scan", "\(Self.multipage)/phpbb", "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "merged 2 pages by canonical URL: \(Self.multipage)/phpbb/page-b.html, \(Self.multipage)/phpbb/page-a.html"
            ))
    }

    @Test func parseMergesFilesOfOneThreadAndKeepsAnotherThreadApart() throws {
        let files = ["three.html", "bus.html", "one.html", "two.html"].map { "\(Self.multipage)/xenforo/\($0)" }
        let result = try CLIRunner.run(["parse"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(documents.count == 2)
        #expect(
            documents.map { ($0["source"] as? String).map { ($0 as NSString).lastPathComponent } } == [
                "one.html", "bus.html",
            ])
        let merge = try #require(documents[0]["merge"] as? [String: Any])
        #expect(
            (merge["pages"] as? [String])?.map { ($0 as NSString).lastPathComponent } == [
                "one.html", "two.html", "three.html",
            ])
        #expect(documents[1]["merge"] is NSNull)
    }

    @Test func forcingPagesOfDifferentThreadsTogetherWarnsWhichDisagree() throws {
        let files = ["one.html", "bus.html"].map { "\(Self.multipage)/xenforo/\($0)" }
        let result = try CLIRunner.run(["scan", "--merge", "--format", "json"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "--merge joined pages of different threads: \(files[0]) (https://forum.example/threads/ferry-timetable-changes.812), \(files[1])"
            ))
        let json = try CLIRunner.json(result)
        #expect(((json["thread"] as? [String: Any])?["merge"] as? [String: Any])?["by"] as? String == "--merge")
    }
}
