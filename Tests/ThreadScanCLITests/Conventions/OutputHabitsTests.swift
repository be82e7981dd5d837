import Foundation
import Testing

/// `--quiet`, `--color`, `NO_COLOR`, `TERM=dumb`, the format from `-o`'s extension, `explain -`,
/// values out of range.
@Suite struct OutputHabitsTests {
    static let example = "Examples/invision-thread.txt"
    static let bold = "\u{1B}[1m"

    @Test func quietLeavesOutTheSummaryLineButNotTheReport() throws {
        let loud = try CLIRunner.run(["scan", Self.example, "-f", "text"])
        #expect(loud.stderr.hasPrefix("threadscan: 1 thread"))
        let quiet = try CLIRunner.run(["scan", Self.example, "-f", "text", "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(quiet.stdout == loud.stdout)
        #expect(try CLIRunner.run(["scan", Self.example, "-f", "text", "-q"]).stderr.isEmpty)
    }

    @Test func quietLeavesOutTheProgressBarOnATerminal() throws {
        let pages = "\(Self.example) \(Self.example)"
        guard let loud = try CLIRunner.onATerminal("scan \(pages)"),
            let quiet = try CLIRunner.onATerminal("scan \(pages) --quiet")
        else { return }
        #expect(loud.contains("] 2/2 threads") && loud.contains("threadscan: 2 threads"))
        #expect(!quiet.contains("threads\r") && !quiet.contains("] 2/2") && !quiet.contains("threadscan: 2 threads"))
        #expect(quiet.contains("MODERATION QUEUE"))
    }

    @Test func colorAlwaysNeverAndAutoBesideNoColorAndTermDumb() throws {
        let piped = try CLIRunner.run(
            ["scan", Self.example, "-f", "text", "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(piped.stdout.contains(Self.bold), "always wins over NO_COLOR and a pipe")
        let tree = try CLIRunner.run(["tree", Self.example, "--color", "always"])
        #expect(tree.stdout.contains("\u{1B}["))
        let explain = try CLIRunner.run(["explain", "you absolute idiot", "--color", "always"])
        #expect(explain.stdout.contains("\u{1B}["))
        #expect(!(try CLIRunner.run(["scan", Self.example, "-f", "text"])).stdout.contains("\u{1B}["))
        guard let auto = try CLIRunner.onATerminal("scan \(Self.example)", environment: ["NO_COLOR": nil]),
            let never = try CLIRunner.onATerminal("scan \(Self.example) --color never", environment: ["NO_COLOR": nil]),
            let dumb = try CLIRunner.onATerminal(
                "scan \(Self.example) \(Self.example)", environment: ["NO_COLOR": nil, "TERM": "dumb"]),
            let dumbAlways = try CLIRunner.onATerminal(
                "scan \(Self.example) --color always", environment: ["NO_COLOR": nil, "TERM": "dumb"]),
            let noColor = try CLIRunner.onATerminal("tree \(Self.example)", environment: ["NO_COLOR": "1"])
        else { return }
        #expect(auto.contains(Self.bold))
        #expect(!never.contains("\u{1B}["))
        #expect(!dumb.contains("\u{1B}[") && !dumb.contains("] 2/2 threads"), "TERM=dumb: no colour, no progress bar")
        #expect(dumbAlways.contains(Self.bold))
        #expect(!noColor.contains("\u{1B}["))
    }

    @Test func theOutputFilesExtensionPicksTheFormatUnlessFormatSaysOtherwise() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, start) in [
            ("r.json", "{"), ("r.jsonl", "{\"schema\""), ("r.htm", "<!DOCTYPE html>"), ("r.MD", "## "),
        ] {
            let target = folder.appendingPathComponent(name)
            let result = try CLIRunner.run(["scan", Self.example, "-o", target.path, "-q"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix(start), "\(name)")
        }
        let overridden = folder.appendingPathComponent("r.html")
        #expect(try CLIRunner.run(["scan", Self.example, "-o", overridden.path, "-f", "csv", "-q"]).status == 0)
        #expect(try String(contentsOf: overridden, encoding: .utf8).hasPrefix("source,title,post,"))
        let unknown = folder.appendingPathComponent("r.htlm")
        let line = try HelpConventionsTests.usageError(["scan", Self.example, "-o", unknown.path])
        #expect(line.contains(".htlm is not one of .html .htm .md"), "\(line)")
        #expect(line.hasSuffix("give --format <format>; did you mean '.html'?"), "\(line)")
        #expect(!FileManager.default.fileExists(atPath: unknown.path), "nothing written")
        let named = folder.appendingPathComponent("r.report")
        #expect(try CLIRunner.run(["scan", Self.example, "-o", named.path, "-f", "md", "-q"]).status == 0)
    }

    @Test func explainFromStandardInputTrimsTheTrailingNewline() throws {
        for input in ["you idiot\n", "you idiot\r\n", "you idiot\n\n"] {
            let result = try CLIRunner.run(["explain", "-", "-f", "json"], stdin: Data(input.utf8))
            #expect(result.status == 0)
            #expect(try CLIRunner.json(result)["text"] as? String == "you idiot", "\(input.debugDescription)")
            let text = try CLIRunner.run(["explain", "-"], stdin: Data(input.utf8))
            #expect(text.stdout.hasPrefix("Text: you idiot\n\n"), "\(text.stdout)")
        }
        let inner = try CLIRunner.run(["explain", "-", "-f", "json"], stdin: Data("one\ntwo\n".utf8))
        #expect(try CLIRunner.json(inner)["text"] as? String == "one\ntwo", "only the end is trimmed")
    }

    @Test func valuesOutOfRangeAreUsageErrors() throws {
        let file = "Tests/ThreadScanCLITests/Fixtures/lexicon-eval/labeled.tsv"
        for (option, value) in [
            ("--cutoff", "1.5"), ("--cutoff", "-0.1"), ("--cutoff", "nan"), ("--cutoff", "half"), ("--top", "-1"),
            ("--top", "2.5"), ("--min-fired", "x"),
        ] {
            let line = try HelpConventionsTests.usageError(["lexicon", "eval", file, option, value])
            #expect(line.contains("\(option) needs a"), "\(line)")
            #expect(line.hasSuffix("not '\(value)'"), "\(line)")
        }
        let inRange = try CLIRunner.run(["lexicon", "eval", file, "--cutoff", "1", "--top", "0"])
        #expect(inRange.status == 0, "\(inRange.stderr)")
        let cutoff = try HelpConventionsTests.usageError(["lexicon", "eval", file, "--cutoff", "1.5"])
        #expect(cutoff == "Error: --cutoff needs a number from 0 to 1, not '1.5'")
    }
}
