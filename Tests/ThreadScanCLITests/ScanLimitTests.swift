import Foundation
import Testing

/// `--max-input-size`, `--max-depth`, `--max-posts`: a page over each limit is read up to it, the
/// part kept is reported, and the report's warnings say which limit was reached.
@Suite struct ScanLimitTests {
    static func scan(_ page: String, named name: String, _ options: [String]) throws -> (
        thread: [String: Any], posts: [[String: Any]], stderr: String, stdout: String
    ) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-limits-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(page.utf8).write(to: file)
        let result = try CLIRunner.run(["scan", file.path, "-f", "json"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (
            try #require(report["thread"] as? [String: Any]), try #require(report["posts"] as? [[String: Any]]),
            result.stderr, result.stdout
        )
    }

    static func warnings(_ thread: [String: Any]) -> [String] { thread["warnings"] as? [String] ?? [] }

    /// An Invision-shaped copied thread of `count` posts.
    static func copiedThread(_ count: Int) -> String {
        "Bus lanes\n\n" + (1...count).map { "rider\($0)\n#\($0)\n\nthe number \($0) bus was late again\n\n" }.joined()
    }

    @Test func aThreadOverThePostLimitKeepsItsFirstPostsAndSaysSo() throws {
        let page = Self.copiedThread(5)
        let full = try Self.scan(page, named: "bus.txt", [])
        try #require(full.posts.count == 5)
        #expect(!Self.warnings(full.thread).contains { $0.contains("--max-posts") })
        let cut = try Self.scan(page, named: "bus.txt", ["--max-posts", "3"])
        #expect(cut.posts.map { $0["body"] as? String } == full.posts.prefix(3).map { $0["body"] as? String })
        // The warning points into the fourth post, the first one left out.
        let low = try #require(page.range(of: "rider4")).lowerBound.utf16Offset(in: page)
        let high = try #require(page.range(of: "the number 4")).lowerBound.utf16Offset(in: page)
        let warning = try #require(Self.warnings(cut.thread).first { $0.contains("--max-posts") })
        let offset = try #require(warning.split(separator: ":").first.flatMap { Int($0.dropFirst("byte ".count)) })
        #expect((low...high).contains(offset), "\(warning)")
        #expect(
            warning.hasSuffix(
                ": the thread has 5 posts, over the limit of 3 (--max-posts): only its first 3 posts were analysed"))
        #expect(cut.stderr.contains("warning: "), "the warning is also said on standard error")
    }

    @Test func aPageOverTheSizeLimitIsReadUpToItAndSaysSo() throws {
        let page = Self.copiedThread(6)
        let limit = try #require(page.range(of: "rider4")).lowerBound.utf16Offset(in: page)
        let cut = try Self.scan(page, named: "bus.txt", ["--max-input-size", String(limit)])
        let bodies = cut.posts.compactMap { $0["body"] as? String }.joined(separator: "\n")
        #expect(bodies.contains("the number 3 bus"), "the part within the limit is kept: \(bodies)")
        #expect(!bodies.contains("the number 4 bus"))
        let warning =
            "byte \(limit): the page is \(page.utf8.count) bytes, over the input size limit of \(limit) (--max-input-size): only its first \(limit) bytes were read"
        #expect(Self.warnings(cut.thread).contains(warning), "\(Self.warnings(cut.thread))")
        let kilo = try Self.scan(page, named: "bus.txt", ["--max-input-size", "1K"])
        #expect(!Self.warnings(kilo.thread).contains { $0.contains("--max-input-size") })
    }

    @Test func aPageNestedOverTheDepthLimitIsFlattenedAndKeepsItsText() throws {
        let page =
            "<html><body><div class=post>" + String(repeating: "<div>", count: 40) + "words at the bottom"
            + String(repeating: "</div>", count: 40) + "</div></body></html>"
        let cut = try Self.scan(page, named: "deep.html", ["--max-depth", "12"])
        let warning = Self.warnings(cut.thread).first { $0.contains("--max-depth") }
        #expect(
            warning?.hasSuffix("elements nested deeper than the depth limit of 12 (--max-depth) were flattened")
                == true,
            "\(Self.warnings(cut.thread))")
        #expect(cut.stdout.contains("words at the bottom"), "the text below the limit is kept")
        let full = try Self.scan(page, named: "deep.html", [])
        #expect(!Self.warnings(full.thread).contains { $0.contains("--max-depth") })
    }

    @Test func aSizeThatIsNoSizeIsAUsageError() throws {
        for size in ["64Q", "0", "M", "1.5M", "99999999999G"] {
            let result = try CLIRunner.run(["scan", "Examples/invision-thread.txt", "--max-input-size", size])
            #expect(result.status == 64, "\(size)")
            #expect(
                result.stderr.contains("--max-input-size needs a size such as 1048576, 512K, 64M or 1G, not '\(size)'"))
        }
    }
}
