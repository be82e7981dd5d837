import Foundation
import Testing

/// Help and errors as in argument-parser tools: help at any depth, the same from every spelling,
/// complete USAGE lines, "did you mean", bare `threadscan` printing help.
@Suite struct HelpConventionsTests {
    static func help(_ arguments: [String]) throws -> HelpText {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(arguments)")
        return HelpText(text: result.stdout)
    }

    static var subcommands: [String] {
        get throws { try help(["--help"]).subcommands }
    }

    @Test func bareThreadscanPrintsItsHelpOnStandardOutputAndExitsZero() throws {
        let bare = try Self.help([])
        #expect(bare.text.hasPrefix("OVERVIEW: "))
        #expect(bare.text == (try Self.help(["--help"])).text)
        #expect(bare.text == (try Self.help(["-h"])).text)
        #expect(bare.text == (try Self.help(["help"])).text)
        #expect(bare.subcommands.contains("scan") && bare.subcommands.contains("lexicon test"))
    }

    @Test func helpAtAnyDepthIsTheSameFromEverySpelling() throws {
        let names = try Self.subcommands
        #expect(names.count >= 9)
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            let viaHelp = try Self.help(["help"] + words)
            #expect(viaHelp.text.hasPrefix("OVERVIEW: "), "\(name)")
            #expect(viaHelp.usage.hasPrefix("threadscan \(name) ") || viaHelp.usage == "threadscan \(name)", "\(name)")
            #expect(viaHelp.text == (try Self.help(words + ["--help"])).text, "\(name)")
            #expect(viaHelp.text == (try Self.help(words + ["-h"])).text, "\(name)")
        }
        let group = try Self.help(["help", "lexicon"])
        #expect(group.text.contains("USAGE: threadscan lexicon <subcommand>"))
        #expect(Set(["test", "lint", "eval"]).isSubset(of: group.subcommands), "\(group.subcommands)")
        #expect(group.text == (try Self.help(["lexicon"])).text)
        #expect(group.text == (try Self.help(["lexicon", "--help"])).text)
    }

    @Test func everyUsageLineListsEveryOptionWithOnePlaceholderStyle() throws {
        for name in try Self.subcommands {
            let help = try Self.help(["help"] + name.split(separator: " ").map(String.init))
            let options = help.optionNames.filter { $0 != "help" }
            for option in options {
                #expect(help.usage.contains("[--\(option)"), "\(name): USAGE lacks --\(option): \(help.usage)")
            }
            var placeholders: [Substring] = []
            var rest = Substring(help.usage)
            while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
                placeholders.append(rest[rest.index(after: open)..<close])
                rest = rest[rest.index(after: close)...]
            }
            for placeholder in placeholders {
                #expect(
                    placeholder == placeholder.lowercased() && !placeholder.contains("|"),
                    "\(name): placeholder <\(placeholder)> is not <lowercase>")
            }
            #expect(help.text.contains("\nEXIT STATUS:\n  0 "), "\(name)")
        }
    }

    @Test func scanAndTreeHelpListThePlatformsAndTheFormats() throws {
        for command in ["scan", "tree", "parse"] {
            let help = try Self.help(["help", command])
            #expect(help.usage.contains("[--platform <name>]"), "\(command)")
            #expect(
                help.text.contains("xenforo") && help.text.contains("phpbb") && help.text.contains("wordpress"),
                "\(command)")
        }
        let scan = try Self.help(["scan", "--help"]).text
        #expect(scan.contains("text, md, json, jsonl, csv, html"))
        #expect(scan.contains("  2                       A post reached the --fail-on level"))
        let root = try Self.help([]).text
        #expect(root.contains("  64                      Usage error"))
    }

    static func usageError(_ arguments: [String]) throws -> String {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stdout.isEmpty, "\(arguments)")
        #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
        #expect(result.stderr.contains("\nUsage: threadscan"), "\(arguments)")
        #expect(result.stderr.contains("for more information."), "\(arguments)")
        return result.stderr.components(separatedBy: "\n")[0]
    }

    @Test func misspeltCommandsOptionsAndValuesGetADidYouMean() throws {
        let example = "Examples/invision-thread.txt"
        let cases: [([String], String)] = [
            (["scna", example], "Error: unknown subcommand 'scna'; did you mean 'scan'?"),
            (["lexicon", "tset"], "Error: unknown subcommand 'tset' of 'threadscan lexicon'; did you mean 'test'?"),
            (
                ["help", "lexicon", "lnit"],
                "Error: unknown subcommand 'lnit' of 'threadscan lexicon'; did you mean 'lint'?"
            ),
            (["help", "explian"], "Error: unknown subcommand 'explian'; did you mean 'explain'?"),
            (["scan", example, "--formt", "json"], "Error: unknown option '--formt'; did you mean '--format'?"),
            (
                ["scan", example, "--min-severty", "low"],
                "Error: unknown option '--min-severty'; did you mean '--min-severity'?"
            ),
            (["scan", example, "-f", "htm"], "did you mean 'html'?"),
            (["scan", example, "--fail-on", "hihg"], "did you mean 'high'?"),
            (["scan", example, "--platform", "xenfor"], "did you mean 'xenforo'?"),
            (["tree", example, "--platform", "phbb"], "did you mean 'phpbb'?"),
            (["explain", "x", "--colour", "never"], "did you mean '--color'?"),
            (["--generate-completion-script", "bsh"], "did you mean 'bash'?"),
        ]
        for (arguments, expected) in cases {
            let line = try Self.usageError(arguments)
            #expect(line.hasPrefix("Error: ") && line.contains(expected), "\(arguments): \(line)")
        }
        let far = try Self.usageError(["lexicon", "foo"])
        #expect(far == "Error: unknown subcommand 'foo' of 'threadscan lexicon'", "no guess when nothing is close")
    }

    @Test func aUsageErrorShowsTheCommandsFullUsage() throws {
        let result = try CLIRunner.run(["tree", "--bogus"])
        let usage = try Self.help(["tree", "--help"]).usage
        #expect(result.stderr.contains("Usage: threadscan tree "))
        #expect(result.stderr.contains(usage), "the error's usage is the help's")
        #expect(result.stderr.contains("See 'threadscan tree --help' for more information."))
    }
}
