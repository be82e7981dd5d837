import Foundation
import Testing

/// `--generate-completion-script bash|zsh|fish` and the committed manual page `threadscan.1`, both
/// made from the commands' option tables.
@Suite struct CompletionAndManualTests {
    static func script(_ shell: String) throws -> String {
        let result = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Runs `shell` with `arguments`, or returns `nil` when it is not installed.
    static func shell(_ name: String, _ arguments: [String], stdin: String = "") throws -> (Int32, String)? {
        guard let path = ["/usr/bin/\(name)", "/bin/\(name)"].first(where: FileManager.default.isExecutableFile)
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func scratchFile(_ text: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-comp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func everyScriptNamesEverySubcommandAndOption() throws {
        let names = try HelpConventionsTests.subcommands
        for shell in ["bash", "zsh", "fish"] {
            let script = try Self.script(shell)
            for name in names {
                let help = try HelpConventionsTests.help(["help"] + name.split(separator: " ").map(String.init))
                #expect(script.contains("\(name)"), "\(shell): \(name)")
                for option in help.optionNames {
                    #expect(
                        script.contains(shell == "fish" ? "-l \(option)" : "--\(option)"),
                        "\(shell): \(name) --\(option)")
                }
            }
            #expect(script.contains("xenforo") && script.contains("jsonl"), "\(shell): listed values")
        }
        let line = try HelpConventionsTests.usageError(["--generate-completion-script", "powershell"])
        #expect(line.contains("expected one of: bash, zsh, fish"))
    }

    @Test func theBashScriptCompletesCommandsOptionsAndValues() throws {
        let file = try Self.scratchFile(try Self.script("bash"), name: "threadscan.bash")
        let probe = """
            source \(file.path)
            t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _threadscan; echo "${COMPREPLY[*]}"; }
            t threadscan sc
            t threadscan lexicon ""
            t threadscan lexicon eval --cu
            t threadscan scan page.html -f j
            t threadscan tree x --platform xen
            t threadscan --generate-completion-script z
            t threadscan scan x --col
            t threadscan lexicon case ""
            t threadscan lexicon case add "text" --t

            """
        guard let (status, output) = try Self.shell("bash", ["--norc", "-s"], stdin: probe) else { return }
        #expect(status == 0, "\(output)")
        #expect(
            output.components(separatedBy: "\n").dropLast()
                == [
                    "scan score", "test lint eval fit suggest case", "--cutoff", "json jsonl", "xenforo", "zsh",
                    "--color",
                    "add", "--to",
                ], "\(output)")
    }

    @Test func theZshAndFishScriptsAreValidAndFishCompletes() throws {
        let zsh = try Self.scratchFile(try Self.script("zsh"), name: "_threadscan")
        if let (status, output) = try Self.shell("zsh", ["-n", zsh.path]) { #expect(status == 0, "\(output)") }
        let fish = try Self.scratchFile(try Self.script("fish"), name: "threadscan.fish")
        guard let (syntax, problems) = try Self.shell("fish", ["-n", fish.path]) else { return }
        #expect(syntax == 0, "\(problems)")
        let probe = """
            source \(fish.path)
            complete -C 'threadscan lexicon '
            complete -C 'threadscan scan x --platform xen'
            complete -C 'threadscan scan -f js'

            """
        guard let (status, output) = try Self.shell("fish", ["--no-config"], stdin: probe) else { return }
        #expect(status == 0, "\(output)")
        let words = output.components(separatedBy: "\n").map { $0.components(separatedBy: "\t")[0] }
        #expect(["eval", "lint", "test", "xenforo", "json", "jsonl"].allSatisfy(words.contains), "\(output)")
        #expect(!output.contains("Missing argument"), "\(output)")
    }

    @Test func theCommittedManualPageIsTheOneTheBinaryGenerates() throws {
        let committed = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("threadscan.1"), encoding: .utf8)
        let generated = try CLIRunner.run(["--generate-manual"])
        #expect(generated.status == 0)
        #expect(
            committed == generated.stdout,
            "threadscan.1 is stale: regenerate it with 'swift build && .build/debug/threadscan --generate-manual > threadscan.1'"
        )
        for name in try HelpConventionsTests.subcommands {
            #expect(
                committed.contains(".SS \"threadscan \(name.replacingOccurrences(of: "-", with: "\\-"))"), "\(name)")
        }
        #expect(committed.contains(".SH EXIT STATUS") && committed.contains(".B 64"))
    }

    @Test func manRendersThePageWithoutWarnings() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else { return }
        let page = CLIRunner.packageRoot.appendingPathComponent("threadscan.1").path
        guard
            let (status, output) = try Self.shell(
                "sh", ["-c", "MANWIDTH=80 man -l '\(page)' 2>&1 >/dev/null; MANWIDTH=80 man -l '\(page)' | head -3"])
        else { return }
        #expect(status == 0)
        #expect(output.contains("THREADSCAN(1)"), "\(output)")
        #expect(!output.contains("warning"), "\(output)")
    }
}
