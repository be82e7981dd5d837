import Foundation
import Testing

@Suite struct ParseCommandTests {
    static let example = "Examples/invision-thread.txt"

    @Test func parsesTheExampleAsJSON() throws {
        let result = try CLIRunner.run(["parse", Self.example])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let json = try CLIRunner.json(result)
        #expect(json["schema"] as? String == "threadscan.parse/1")
        #expect(json["platform"] as? String == "invision")
        #expect(json["title"] as? String == "Council votes to close Eastside library branch after budget shortfall")
        let posts = try #require(json["posts"] as? [[String: Any]])
        #expect(posts.count == 6)
        #expect(
            posts.map { $0["author"] as? String } == [
                nil, nil, "harbourwatcher", "millstream_jo", "harbourwatcher", "millstream_jo",
            ])
        #expect(posts[2]["author"] as? String == "harbourwatcher")
        #expect(posts[2]["authorInferred"] as? Bool == true)
        let quotes = try #require(posts[3]["quotes"] as? [[String: Any]])
        #expect(quotes.first?["postIndex"] as? Int == 2)
        #expect((posts[4]["quotes"] as? [[String: Any]])?.first?["postIndex"] as? Int == 3)
        let reactions = try #require(posts[1]["reactions"] as? [[String: Any]])
        #expect(reactions.map { $0["name"] as? String } == ["Like", "Thanks"])
        let segments = try #require(json["segments"] as? [[String: Any]])
        #expect(segments.first?["kind"] as? String == "boilerplate")
        #expect(segments.first?["lineStart"] as? Int == 1)
    }

    @Test func jsonKeysComeInTheDocumentedOrder() throws {
        let result = try CLIRunner.run(["parse", Self.example])
        let keys = [
            "\"schema\"", "\"source\"", "\"title\"", "\"platform\"", "\"encoding\"", "\"posts\"", "\"segments\"",
            "\"warnings\"",
        ]
        let positions = keys.compactMap { result.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test func readsStandardInput() throws {
        let page = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.example))
        let result = try CLIRunner.run(["parse", "-", "--format", "jsonl"], stdin: page)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(try CLIRunner.json(result)["source"] as? String == "-")
    }

    @Test func severalFilesGiveAnArray() throws {
        let result = try CLIRunner.run(["parse", Self.example, Self.example])
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        #expect(array?.count == 2)
    }

    @Test func textOutlineIsReadable() throws {
        let result = try CLIRunner.run(["parse", Self.example, "-f", "text"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("└─ posts: 6"))
        #expect(result.stdout.contains("#3 harbourwatcher (inferred)"))
        #expect(result.stdout.contains("reactions: Like 1, Confused 1"))
    }

    @Test func helpAndVersion() throws {
        for arguments in [["parse", "--help"], ["parse", "-h"], ["help", "parse"]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("OVERVIEW: "))
            #expect(result.stdout.contains("USAGE: threadscan parse"))
            #expect(result.stdout.contains("OPTIONS:"))
        }
        let root = try CLIRunner.run(["--help"])
        #expect(root.stdout.contains("SUBCOMMANDS:"))
        #expect(root.stdout.contains("parse"))
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
    }

    @Test func usageErrorsExit64() throws {
        for arguments in [
            ["parse"], ["parse", "--bogus", Self.example], ["parse", Self.example, "--format", "xml"], ["frobnicate"],
        ] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
            #expect(result.stderr.contains("Usage: threadscan"), "\(arguments)")
        }
    }

    @Test func missingFileExits1AndGoesOn() throws {
        let result = try CLIRunner.run(["parse", "no/such/page.txt", Self.example, "-f", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: no/such/page.txt: no such file or folder"))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func badInputNeverCrashes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, Data)] = [
            ("empty.txt", Data()),
            ("nul.txt", Data([0x50, 0x00, 0x6F, 0x00, 0x00, 0x0A, 0x00])),
            ("invalid.txt", Data([0x50, 0x6F, 0x73, 0x74, 0xC3, 0x28, 0xFF, 0xFE, 0x0A, 0x41])),
            ("long-line.txt", Data(repeating: UInt8(ascii: "a"), count: 5_000_000)),
        ]
        for (name, data) in cases {
            try data.write(to: folder.appendingPathComponent(name))
            let result = try CLIRunner.run(["parse", folder.appendingPathComponent(name).path, "-f", "jsonl"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let json = try CLIRunner.json(result)
            #expect(json["schema"] as? String == "threadscan.parse/1", "\(name)")
        }
        let empty = try CLIRunner.run(["parse", folder.appendingPathComponent("empty.txt").path])
        #expect((try CLIRunner.json(empty)["posts"] as? [Any])?.isEmpty == true)
        let nul = try CLIRunner.run(["parse", folder.appendingPathComponent("nul.txt").path])
        #expect(nul.stderr.contains("warning: "))
        #expect(nul.stderr.contains("byte 1: NUL byte replaced"))
        let folderResult = try CLIRunner.run(["parse", folder.path])
        #expect(folderResult.status == 1)
        #expect(folderResult.stderr.contains("is a folder"))
    }

    @Test func badLexiconFolderIsAnErrorWithFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("platforms"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "kind\tpattern\tname\npostHeader\tPosted {when}\tpost header\n".write(
            to: folder.appendingPathComponent("platforms/mine.tsv"), atomically: true, encoding: .utf8
        )
        let result = try CLIRunner.run(["parse", Self.example, "--lexicons", "+" + folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("platforms/mine.tsv:2: unknown slot '{when}'"))
    }
}

@Suite struct PlatformOptionTests {
    @Test(arguments: ["smf", "mybb", "fluxbb", "discourse", "hackernews"])
    func everyAdapterCanBeForced(platform: String) throws {
        let folder = CLIRunner.packageRoot.appendingPathComponent("Lexicons/platforms/\(platform)/cases")
        let page = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
                .first)
        let result = try CLIRunner.run(["parse", folder.appendingPathComponent(page).path, "--platform", platform])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLIRunner.json(result)["platform"] as? String == platform)
    }
}
