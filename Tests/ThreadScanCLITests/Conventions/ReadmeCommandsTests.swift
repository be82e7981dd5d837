import Foundation
import Testing

/// Every command the README shows in its `sh` blocks runs as written, read from the README itself.
@Suite struct ReadmeCommandsTests {
    /// The first words of the README's lines that are not run, and why: they build, test,
    /// benchmark or install the package itself.
    static let notRun: [String: String] = [
        "swift": "builds or tests the package",
        ".build/release/threadscan-benchmark": "a benchmark",
        "python3": "a benchmark comparison",
        "install": "installs a release build",
        "PREFIX=\"${PREFIX:-$HOME/.local}\"": "the install prefix",
        "valgrind": "profiles the benchmark",
        "/usr/bin/time": "measures the release build's CPU time and peak memory",
        "mkdir": "prepares the benchmark's pages (a mkdir line that goes on to run threadscan is run)",
        "Scripts/fuzz.sh": "builds and runs a fuzz target",
        "nice": "runs a fuzz target at low priority",
        "Benchmarks/peers-setup": "installs the benchmark's peer tools from PyPI",
        ".build/peers-venv/bin/python": "a benchmark comparison with the peer tools",
    ]

    /// Whether a README line is run: it starts with `threadscan`, or makes a folder and then runs
    /// `threadscan` (the completion set-up) or writes a file into it with `printf` (the tuning
    /// loop's edit, which the commands after it read).
    static func isRun(_ line: String) -> Bool {
        line.hasPrefix("threadscan ")
            || (line.hasPrefix("mkdir -p ") && (line.contains(" && threadscan ") || line.contains(" && printf ")))
    }

    /// The arguments after `serve` of a `threadscan serve` line, without its `--port` (the test's
    /// server takes a free one) and its comment, `$KEY` given a value; `nil` for other lines.
    static func serverArguments(_ line: String) -> [String]? {
        guard line.hasPrefix("threadscan serve") else { return nil }
        let command = line.components(separatedBy: " #").first ?? line
        var words = command.split(separator: " ").dropFirst(2).map {
            $0.replacingOccurrences(of: "\"$KEY\"", with: "readme-key")
        }
        if let port = words.firstIndex(of: "--port") { words.removeSubrange(port..<min(port + 2, words.count)) }
        return words
    }

    /// The commands of every ```` ```sh ```` block, with their README line numbers; a line ending
    /// in a backslash goes on in the next one, as the shell reads it.
    static func shellLines() throws -> [(line: Int, text: String)] {
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var lines: [(Int, String)] = []
        var inBlock = false
        for (number, line) in readme.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                inBlock = !inBlock && line == "```sh"
                continue
            }
            guard inBlock, !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            if let last = lines.last, last.1.hasSuffix("\\") {
                lines[lines.count - 1].1 = String(last.1.dropLast()) + line.trimmingCharacters(in: .whitespaces)
            } else {
                lines.append((number + 1, line))
            }
        }
        return lines
    }

    @Test func theReadmesSwiftProgramIsTheOneThePackageBuilds() throws {
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let program = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/Library/main.swift"), encoding: .utf8)
        #expect(
            readme.contains("```swift\n" + program + "```\n"),
            "README.md's swift block differs from Examples/Library/main.swift")
        #expect(program.split(separator: "\n").count <= 10)
        let example = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("threadscan-library-example")
        guard FileManager.default.isExecutableFile(atPath: example.path) else { return }
        let process = Process()
        process.executableURL = example
        process.arguments = ["Examples/xenforo-thread.html"]
        process.currentDirectoryURL = CLIRunner.packageRoot
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed.hasPrefix("81 high kelp_and_cod High incivility"), "\(printed)")
    }

    @Test func everyThreadscanCommandInTheReadmeRuns() throws {
        let lines = try Self.shellLines()
        let run = lines.filter { Self.isRun($0.text) }
        #expect(run.count >= 15, "the README's examples were found")
        for (number, text) in lines where !run.contains(where: { $0.line == number }) {
            let first = String(text.split(separator: " ")[0])
            #expect(Self.notRun[first] != nil, "README.md:\(number): '\(first)' is neither run nor listed as not run")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createSymbolicLink(
            at: scratch.appendingPathComponent("Examples"),
            withDestinationURL: CLIRunner.packageRoot.appendingPathComponent("Examples"))
        let binaryFolder = CLIRunner.binary.deletingLastPathComponent().path
        for (number, text) in run {
            if let arguments = Self.serverArguments(text) {
                // A server runs until stopped: it must start and stop cleanly.
                let server = try ServerProcess(arguments)
                #expect(server.port > 0, "README.md:\(number): \(text)\n\(server.stderr)")
                #expect(server.stop() == 0, "README.md:\(number): \(text)\n\(server.stderr)")
                continue
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", text]
            process.currentDirectoryURL = scratch
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = binaryFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["HOME"] = scratch.path
            process.environment = environment
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "README.md:\(number): \(text)\n\(stderr)")
            #expect(!stderr.contains("Error:"), "README.md:\(number): \(text)\n\(stderr)")
        }
        let report = try String(contentsOf: scratch.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("Quay Street parking permits") && report.contains("Bonfire night on the playing field"))
        #expect(
            try String(contentsOf: scratch.appendingPathComponent("scores.jsonl"), encoding: .utf8).contains(
                "\"id\":\"c4\""))
        let completion = scratch.appendingPathComponent(".local/share/bash-completion/completions/threadscan")
        #expect(
            try String(contentsOf: completion, encoding: .utf8).contains(
                "complete -o filenames -F _threadscan threadscan"))
    }
}
