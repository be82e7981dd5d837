import Foundation
import Testing

@Suite struct ScanCommandTests {
    static let example = "Examples/invision-thread.txt"
    static let nightbus = CLIRunner.packageRoot.appendingPathComponent("Tests/ThreadScanTests/Fixtures/nightbus")

    static func scratch(_ files: [String: URL]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-scan-\(UUID().uuidString)")
        for (name, source) in files {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: target)
        }
        return folder
    }

    @Test func theExampleGivesTheReplyTreeAndAQueueLedByTheHarshestPost() throws {
        let result = try CLIRunner.run(["scan", Self.example, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result)
        #expect(json["schema"] as? String == "threadscan.report/1")
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.map { [$0["from"] as? Int, $0["to"] as? Int] } == [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4]])
        #expect(edges.map { $0["kind"] as? String } == ["thread", "cue", "quote", "quote", "quote"])
        #expect((edges[2]["confidence"] as? Double ?? 0) >= 0.9)
        #expect(edges.map { $0["latency"] as? Int } == [nil, nil, 12 * 60, 5 * 60, 2 * 60])
        #expect((edges[1]["confidence"] as? Double ?? 1) < (edges[2]["confidence"] as? Double ?? 0))
        #expect(edges[1]["evidence"] as? String == "opens with \"Yeah\"")
        let queue = try #require(json["queue"] as? [[String: Any]])
        #expect(queue.map { $0["post"] as? Int } == [4, 5, 2], "the participant-directed, amplified insult first")
        #expect(!queue.contains { $0["post"] as? Int == 0 })
        #expect(queue.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false })
        let reasons = try #require(queue.first?["reasons"] as? [String])
        #expect(reasons.contains("aimed at a participant: replying to millstream_jo (post #4)"))
        #expect(reasons.contains("heated exchange between harbourwatcher and millstream_jo (2 uncivil replies)"))
        let posts = try #require(json["posts"] as? [[String: Any]])
        #expect(posts.map { $0["index"] as? Int } == [0, 1, 2, 3, 4, 5])
        #expect(((posts[2]["stance"] as? [String: Any])?["reply"] as? String) == "support")
        #expect(((posts[3]["stance"] as? [String: Any])?["reply"] as? String) == "deny")
        let signals = try #require(json["signals"] as? [String: Any])
        #expect((signals["heatedExchanges"] as? [Any])?.count == 1)
    }

    @Test func aSummaryLineGoesToStandardErrorAndNoColourOffATerminal() throws {
        let result = try CLIRunner.run(["scan", Self.example, "-f", "text"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("MODERATION QUEUE"))
        #expect(result.stdout.contains("└─ #2"))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stderr.hasPrefix("threadscan: 1 thread (1 page), 6 posts, "))
        #expect(!result.stderr.contains("\r"))
    }

    @Test func colourAndProgressOnlyOnATerminalAndNeverWithNoColor() throws {
        guard
            let coloured = try CLIRunner.onATerminal(
                "scan \(Self.example) \(Self.example)", environment: ["NO_COLOR": nil]),
            let plain = try CLIRunner.onATerminal(
                "scan \(Self.example) \(Self.example)", environment: ["NO_COLOR": "1"])
        else { return }
        #expect(coloured.contains("\u{1B}[1mMODERATION QUEUE\u{1B}[0m"))
        #expect(coloured.contains("] 2/2 threads"))
        #expect(!plain.contains("\u{1B}[1m"))
        #expect(plain.contains("MODERATION QUEUE"))
    }

    @Test func failOnExitsTwoAndNamesThePostWhenOneReachesTheLevel() throws {
        let reached = try CLIRunner.run(["scan", Self.example, "-f", "jsonl", "--fail-on", "low"])
        #expect(reached.status == 2)
        #expect(reached.stdout.split(separator: "\n").count == 1)
        #expect(
            reached.stderr.contains(
                "threadscan: --fail-on low reached by 3 posts; first: \(Self.example) post #3 by harbourwatcher (medium, line 44)"
            ), "\(reached.stderr)")
        let high = try CLIRunner.run(["scan", Self.example, "-f", "jsonl", "--fail-on", "high", "--quiet"])
        #expect(high.status == 2)
        #expect(high.stderr.hasPrefix("threadscan: --fail-on high reached by 1 post; first: \(Self.example) post #5 "))
        let failedToo = try CLIRunner.run(["scan", Self.example, "no/such/page.txt", "-f", "jsonl", "--fail-on", "low"])
        #expect(failedToo.status == 1, "an input that could not be read outranks the threshold")
        let civil = try CLIRunner.run([
            "scan", Self.nightbus.appendingPathComponent("page1.txt").path, "-f", "jsonl", "--fail-on", "high",
        ])
        #expect(civil.status == 0, "\(civil.stderr)")
    }

    @Test func theMinimumSeverityFiltersTheQueue() throws {
        let all = try CLIRunner.json(try CLIRunner.run(["scan", Self.example, "-f", "json", "--min-severity", "none"]))
        let high = try CLIRunner.json(
            try CLIRunner.run(["scan", Self.example, "-f", "json", "--min-severity", "high"]))
        let allQueue = try #require(all["queue"] as? [[String: Any]])
        let highQueue = try #require(high["queue"] as? [[String: Any]])
        #expect(highQueue.allSatisfy { $0["severity"] as? String == "high" })
        #expect(highQueue.count <= allQueue.count)
        #expect(allQueue.allSatisfy { $0["severity"] as? String != "none" })
    }

    @Test func aFolderIsSearchedAndPagesWithOneTitleAreMerged() throws {
        let folder = try Self.scratch([
            "saved/bus/page1.txt": Self.nightbus.appendingPathComponent("page1.txt"),
            "saved/bus/page2.txt": Self.nightbus.appendingPathComponent("page2.txt"),
            "saved/bus/library.txt": CLIRunner.packageRoot.appendingPathComponent(Self.example),
            "saved/bus/readme.md": CLIRunner.packageRoot.appendingPathComponent(Self.example),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["scan", folder.appendingPathComponent("saved").path, "-f", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == 2)
        let pages = lines.map {
            (($0?["thread"] as? [String: Any])?["pages"] as? [String])?.map { ($0 as NSString).lastPathComponent }
        }
        #expect(pages == [["library.txt"], ["page1.txt", "page2.txt"]])
        #expect(result.stderr.hasPrefix("threadscan: 2 threads (3 pages), 9 posts"))
    }

    @Test func mergeJoinsThePagesGivenAndStandardInputWorks() throws {
        let page1 = Self.nightbus.appendingPathComponent("page1.txt").path
        let page2 = Self.nightbus.appendingPathComponent("page2.txt").path
        let merged = try CLIRunner.json(try CLIRunner.run(["scan", page1, page2, "--merge", "-f", "json"]))
        #expect((merged["posts"] as? [Any])?.count == 3)
        let separate = try CLIRunner.run(["scan", page1, page2, "-f", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(separate.stdout.utf8)) as? [Any])?.count == 2)
        let piped = try CLIRunner.run(
            ["scan", "-", "-f", "json"], stdin: try Data(contentsOf: URL(fileURLWithPath: page1)))
        #expect(((try CLIRunner.json(piped))["thread"] as? [String: Any])?["source"] as? String == "-")
    }

    @Test func outputGoesToTheFileInTheFormatItsExtensionNames() throws {
        let folder = try Self.scratch([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, start) in [
            ("r.csv", "source,title,post,"), ("r.md", "## "), ("r.html", "<!DOCTYPE html>"), ("r.txt", "Council votes"),
        ] {
            let target = folder.appendingPathComponent(name)
            let result = try CLIRunner.run(["scan", Self.example, "-o", target.path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout == "")
            #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix(start), "\(name)")
        }
        let unwritable = try CLIRunner.run([
            "scan", Self.example, "-o", folder.appendingPathComponent("no/such/dir/r.json").path,
        ])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("cannot write the report there"))
    }

    @Test func missingPathsAreErrorsAndTheRestIsScanned() throws {
        let result = try CLIRunner.run(["scan", "no/such/page.txt", Self.example, "-f", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: no/such/page.txt: no such file or folder"))
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("1 input could not be read"))
    }

    @Test func pageWarningsGoToStandardError() throws {
        let page = Data("Jump to content\n\nA title\n\nPosted\n\nSome words\u{0}here.\n".utf8)
        let result = try CLIRunner.run(["scan", "-", "-f", "jsonl"], stdin: page)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: -: byte "))
    }

    @Test func usageErrorsExit64() throws {
        for arguments in [
            ["scan"], ["scan", Self.example, "-f", "xml"], ["scan", Self.example, "--fail-on", "none"],
            ["scan", Self.example, "--min-severity", "worst"], ["tree"],
        ] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
            #expect(result.stderr.contains("Usage: threadscan \(arguments[0])"), "\(arguments)")
        }
        let help = try CLIRunner.run(["help", "scan"])
        #expect(help.stdout.contains("--fail-on <level>"))
    }

    @Test func seed002MeetsTheAcceptance() throws {
        let seed = CLIRunner.packageRoot.deletingLastPathComponent().appendingPathComponent(
            "shared/seeds/002_af2b37a94269e24b.txt")
        guard FileManager.default.fileExists(atPath: seed.path) else { return }
        let json = try CLIRunner.json(try CLIRunner.run(["scan", seed.path, "--format", "json"]))
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.map { [$0["from"] as? Int, $0["to"] as? Int] } == [[1, 0], [2, 1], [3, 2]])
        #expect(edges[2]["kind"] as? String == "quote")
        #expect((edges[2]["confidence"] as? Double ?? 0) >= 0.9)
        #expect(edges[2]["latency"] as? Int == 480)
        #expect(edges[1]["kind"] as? String == "cue")
        #expect((edges[1]["confidence"] as? Double ?? 1) < 0.9)
        let queue = try #require(json["queue"] as? [[String: Any]])
        #expect(queue.map { $0["post"] as? Int }.first == 2)
        #expect(Set(queue.compactMap { $0["post"] as? Int }) == [1, 2, 3])
        #expect(queue.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false })
        let posts = try #require(json["posts"] as? [[String: Any]])
        let stances = posts.map { ($0["stance"] as? [String: Any])?["reply"] as? String }
        #expect(stances[2] == "support")
        #expect(stances[3] == "deny")
        let tree = try CLIRunner.run(["tree", seed.path])
        let lines = tree.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("#1 (no name) [ok] "))
        #expect(lines[1].hasPrefix("└─ #2 (no name) "))
        #expect(lines[1].hasSuffix("(thread 0.10)"))
        #expect(
            lines[2].hasPrefix("   └─ #3 ") && lines[2].contains(" ↑ [HIGH] Yeah ") && lines[2].hasSuffix("(cue 0.50)"))
        #expect(lines[3].hasPrefix("      └─ #4 (no name) ↓ [") && lines[3].hasSuffix("(quote 0.95, 8 min)"))
    }
}
