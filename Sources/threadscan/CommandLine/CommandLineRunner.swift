import ThreadScan

/// Finds the subcommand a command line names, runs it, and turns errors into messages and exit codes.
struct CommandLineRunner {
    var commands: [Command]
    var terminal: Terminal

    /// The top-level help: OVERVIEW, USAGE, OPTIONS, SUBCOMMANDS.
    var rootHelp: String {
        var text = """
            OVERVIEW: Read saved forum threads and comment sections, score incivility and stance,
            rebuild the reply tree and write moderation reports.

            USAGE: threadscan <subcommand> [<arguments>] [<options>]

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:

            """
        for command in commands {
            text += Command.helpRow(command.name, command.abstract)
        }
        text += "\n  See 'threadscan help <subcommand>' for detailed help.\n"
        return text
    }

    /// Runs `arguments` (without the program name) and returns the exit code.
    func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            terminal.error(rootHelp)
            return ExitCode.usage
        }
        switch first {
        case "-h", "--help":
            terminal.write(rootHelp)
            return ExitCode.success
        case "--version":
            terminal.write("\(ThreadScanVersion.current)\n")
            return ExitCode.success
        case "help":
            let rest = Array(arguments.dropFirst())
            if rest.isEmpty {
                terminal.write(rootHelp)
                return ExitCode.success
            }
            guard let (command, _) = find(rest) else {
                return usageError(
                    UsageError(message: "unknown subcommand '\(rest.joined(separator: " "))'"), command: nil)
            }
            terminal.write(command.help)
            return ExitCode.success
        default:
            break
        }
        guard let (command, rest) = find(arguments) else {
            if let group = groupHelp(arguments) {
                terminal.write(group)
                return ExitCode.success
            }
            return usageError(UsageError(message: "unknown subcommand '\(first)'"), command: nil)
        }
        do {
            let parsed = try ParsedArguments.parse(rest, options: command.options)
            if parsed.flag("help") {
                terminal.write(command.help)
                return ExitCode.success
            }
            return try command.run(parsed, terminal)
        } catch let error as UsageError {
            return usageError(error, command: command)
        } catch {
            terminal.error("Error: \(error)\n")
            return ExitCode.failure
        }
    }

    /// The command whose name is the longest prefix of `arguments`, and the arguments after it.
    private func find(_ arguments: [String]) -> (Command, [String])? {
        var best: (Command, Int)?
        for command in commands {
            let words = command.name.split(separator: " ").map(String.init)
            if arguments.count >= words.count, Array(arguments.prefix(words.count)) == words,
                words.count > (best?.1 ?? 0)
            {
                best = (command, words.count)
            }
        }
        guard let (command, length) = best else { return nil }
        return (command, Array(arguments.dropFirst(length)))
    }

    /// Help for a group of subcommands (`threadscan lexicon`), when `arguments` names one.
    private func groupHelp(_ arguments: [String]) -> String? {
        guard let group = arguments.first else { return nil }
        let members = commands.filter { $0.name.hasPrefix(group + " ") }
        guard !members.isEmpty, arguments.count == 1 || ["-h", "--help"].contains(arguments[1]) else { return nil }
        var text = "USAGE: threadscan \(group) <subcommand>\n\nSUBCOMMANDS:\n"
        for command in members {
            text += Command.helpRow(command.name, command.abstract)
        }
        return text
    }

    private func usageError(_ error: UsageError, command: Command?) -> Int32 {
        var text = "Error: \(error.message)\n"
        if let command {
            text += "Usage: threadscan \(command.name) \(command.usage)\n"
            text += "  See 'threadscan \(command.name) --help' for more information.\n"
        } else {
            text += "Usage: threadscan <subcommand> [<arguments>] [<options>]\n"
            text += "  See 'threadscan --help' for more information.\n"
        }
        terminal.error(text)
        return ExitCode.usage
    }
}
