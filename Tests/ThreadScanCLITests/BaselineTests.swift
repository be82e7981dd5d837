import Foundation
import Testing

/// `scan --baseline previous.json` marks what is new since an earlier report; `--only-new` keeps
/// only that in the queue, the signals and the CSV rows.
@Suite struct BaselineTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func copy(_ example: String, to folder: URL, as name: String) throws -> URL {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(example), to: target)
        return target
    }

    static func edit(_ file: URL, _ from: String, _ to: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(from))
        try Data(text.replacingOccurrences(of: from, with: to).utf8).write(to: file)
    }

    static func report(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(["scan"] + arguments + ["-f", "json", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        return try CLIRunner.json(result)
    }

    static func news(_ json: [String: Any]) -> (posts: [Bool?], queue: [Int], queueNew: [Bool?]) {
        let posts = (json["posts"] as? [[String: Any]] ?? []).map { $0["new"] as? Bool }
        let queue = json["queue"] as? [[String: Any]] ?? []
        return (posts, queue.compactMap { $0["post"] as? Int }, queue.map { $0["new"] as? Bool })
    }

    @Test func aRescanOfTheSamePageFindsNothingNew() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.copy("Examples/invision-thread.txt", to: folder, as: "t.txt")
        let previous = folder.appendingPathComponent("previous.json")
        #expect(try CLIRunner.run(["scan", page.path, "-q", "-o", previous.path]).status == 0)
        let without = Self.news(try Self.report([page.path]))
        #expect(
            without.posts.allSatisfy { $0 == nil } && without.queueNew.allSatisfy { $0 == nil },
            "null without a baseline")
        let again = Self.news(try Self.report([page.path, "--baseline", previous.path]))
        #expect(again.posts == Array(repeating: false, count: 6))
        #expect(again.queueNew == Array(repeating: false, count: again.queue.count) && again.queue.count == 3)
        let onlyNew = try Self.report([page.path, "--baseline", previous.path, "--only-new"])
        #expect((onlyNew["queue"] as? [Any])?.isEmpty == true)
        let signals = try #require(onlyNew["signals"] as? [String: [Any]])
        let empty = signals.values.allSatisfy { $0.isEmpty }
        #expect(empty, "\(signals)")
        #expect((onlyNew["posts"] as? [Any])?.count == 6, "posts stay, as the tree's context")
    }

    @Test func anEditedPostIsNewAndOnlyNewKeepsItsEntryAndSignals() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.copy("Examples/invision-thread.txt", to: folder, as: "t.txt")
        let previous = folder.appendingPathComponent("previous.jsonl")
        #expect(try CLIRunner.run(["scan", page.path, "-q", "-o", previous.path]).status == 0, "a JSONL baseline")
        try Self.edit(page, "You clearly", "Honestly you clearly")
        let marked = Self.news(try Self.report([page.path, "--baseline", previous.path]))
        #expect(marked.posts == [false, false, false, false, true, false])
        #expect(zip(marked.queue, marked.queueNew).map { $0.0 == 4 ? $0.1 == true : $0.1 == false }.allSatisfy { $0 })
        let onlyNew = try Self.report([page.path, "--baseline", previous.path, "--only-new"])
        #expect(Self.news(onlyNew).queue == [4])
        let signals = try #require(onlyNew["signals"] as? [String: [[String: Any]]])
        let kept = signals.values.flatMap { $0 }
        #expect(!kept.isEmpty && kept.allSatisfy { $0["new"] as? Bool == true })
        let text = try CLIRunner.run(["scan", page.path, "-f", "text", "-q", "--baseline", previous.path])
        let header = text.stdout.split(separator: "\n").first { $0.contains("post #5 by harbourwatcher · priority ") }
        #expect(header?.hasSuffix(" · new") == true, "\(text.stdout)")
        #expect(text.stdout.contains("· seen before"))
        let html = try CLIRunner.run(["scan", page.path, "-f", "html", "-q", "--baseline", previous.path])
        #expect(html.stdout.contains("<span class=\"baseline new\">new</span>"))
        let csv = try CLIRunner.run(["scan", page.path, "-f", "csv", "-q", "--baseline", previous.path, "--only-new"])
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2, "the header and post 4")
    }

    @Test func aSavedPageIsMatchedByPostIdWhateverItsTextBecame() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.copy("Examples/xenforo-thread.html", to: folder, as: "thread.html")
        let previous = folder.appendingPathComponent("previous.json")
        #expect(try CLIRunner.run(["scan", page.path, "-q", "-o", previous.path]).status == 0)
        try Self.edit(page, "Please keep it civil, both of you.", "Please keep it civil, both of you (edited).")
        let moved = folder.appendingPathComponent("renamed.html")
        try FileManager.default.moveItem(at: page, to: moved)
        let byID = Self.news(try Self.report([moved.path, "--baseline", previous.path]))
        #expect(byID.posts == Array(repeating: false, count: 6), "same canonical URL, same post ids")
    }

    @Test func badBaselinesAreErrorsAndOnlyNewNeedsOne() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = "Examples/invision-thread.txt"
        let usage = try HelpConventionsTests.usageError(["scan", example, "--only-new"])
        #expect(usage == "Error: --only-new needs --baseline <file>")
        let notReport = folder.appendingPathComponent("other.json")
        try Data("{\"schema\":\"something/2\"}".utf8).write(to: notReport)
        let wrong = try CLIRunner.run(["scan", example, "--baseline", notReport.path])
        #expect(wrong.status == 1)
        #expect(
            wrong.stderr.contains("Error: --baseline \(notReport.path): report 1 is not a threadscan.report/1 object"))
        let broken = folder.appendingPathComponent("broken.jsonl")
        try Data("{\"schema\":\"threadscan.report/1\",\"thread\":{},\"posts\":[]}\n{oops\n".utf8).write(to: broken)
        let line = try CLIRunner.run(["scan", example, "--baseline", broken.path])
        #expect(line.status == 1)
        #expect(line.stderr.contains("Error: --baseline \(broken.path):2: not JSON"), "\(line.stderr)")
        let missing = try CLIRunner.run(["scan", example, "--baseline", "no/such.json"])
        #expect(missing.status == 1 && missing.stderr.contains("Error: --baseline: no/such.json"), "\(missing.stderr)")
    }
}
