import ThreadScan

/// Finds the subcommand a command line names, runs it, and turns errors into messages and exit codes.
struct CommandLineRunner {
    var commands: [Command]
    var groups: [CommandGroup]
    var terminal: Terminal

    /// The options of `threadscan` itself.
    static let rootOptions: [OptionSpec] = [
        .flag("version", help: "Show the version."),
        .value(
            "generate-completion-script", valueName: "shell",
            help: "Print the completion script for a shell (see the README to install it).",
            kind: .choice(CompletionScript.Shell.allCases.map(\.rawValue))),
        .flag("generate-manual", help: "Print the manual page (threadscan.1) in roff."),
        .flag("help", short: "h", help: "Show help information."),
    ]

    /// The top-level help: OVERVIEW, USAGE, OPTIONS, SUBCOMMANDS, EXIT STATUS.
    var rootHelp: String {
        var text = """
            OVERVIEW: Read saved forum threads and comment sections, score incivility and stance,
            rebuild the reply tree and write moderation reports.

            USAGE: threadscan <subcommand> [<arguments>] [<options>]
                   threadscan help [<subcommand> ...]

            OPTIONS:

            """
        for option in Self.rootOptions { text += HelpLayout.row(option.synopsis, option.fullHelp) }
        text += "\nSUBCOMMANDS:\n"
        for command in commands { text += HelpLayout.row(command.name, command.abstract) }
        text += "\n  See 'threadscan help <subcommand>' for detailed help.\n\nEXIT STATUS:\n"
        for (code, meaning) in ExitCode.withThreshold { text += HelpLayout.row("\(code)", meaning) }
        return text
    }

    /// Runs `arguments` (without the program name) and returns the exit code.
    func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            terminal.write(rootHelp)
            return ExitCode.success
        }
        if first.hasPrefix("-") { return runRoot(arguments) }
        if first == "help" { return help(Array(arguments.dropFirst())) }
        switch resolve(arguments) {
        case .command(let command, let rest):
            return run(command, rest)
        case .group(let group, let rest):
            guard rest.isEmpty || ["-h", "--help"].contains(rest[0]) else {
                return usageError(
                    UsageError(message: "'threadscan \(group.name)' needs a subcommand, not '\(rest[0])'"),
                    group: group)
            }
            terminal.write(group.help(members: members(of: group), subgroups: subgroups(of: group)))
            return ExitCode.success
        case .unknown(let word, let group):
            return usageError(unknownSubcommand(word, in: group), group: group)
        }
    }

    private func run(_ command: Command, _ rest: [String]) -> Int32 {
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

    /// `threadscan --version`, `--help`, `--generate-completion-script SHELL`, `--generate-manual`.
    private func runRoot(_ arguments: [String]) -> Int32 {
        do throws(UsageError) {
            let parsed = try ParsedArguments.parse(arguments, options: Self.rootOptions)
            if let word = parsed.positionals.first {
                throw UsageError(message: "unexpected argument '\(word)': the subcommand comes first")
            }
            if let shell = parsed.value("generate-completion-script").flatMap(CompletionScript.Shell.init) {
                terminal.write(CompletionScript(commands: commands, rootOptions: Self.rootOptions).script(for: shell))
            } else if parsed.flag("generate-manual") {
                terminal.write(ManualPage(commands: commands, groups: groups, rootOptions: Self.rootOptions).roff)
            } else if parsed.flag("version") {
                terminal.write("\(ThreadScanVersion.current)\n")
            } else {
                terminal.write(rootHelp)
            }
            return ExitCode.success
        } catch {
            return usageError(error, command: nil)
        }
    }

    /// `threadscan help [WORD...]`: the help of the command or group the words name.
    private func help(_ words: [String]) -> Int32 {
        guard !words.isEmpty, words != ["help"] else {
            terminal.write(rootHelp)
            return ExitCode.success
        }
        switch resolve(words) {
        case .command(let command, let rest):
            guard rest.isEmpty else {
                return usageError(
                    UsageError(message: "'\(command.name)' has no subcommand '\(rest[0])'"), command: command)
            }
            terminal.write(command.help)
        case .group(let group, let rest):
            guard rest.isEmpty else {
                return usageError(unknownSubcommand(rest[0], in: group), group: group)
            }
            terminal.write(group.help(members: members(of: group), subgroups: subgroups(of: group)))
        case .unknown(let word, let group):
            return usageError(unknownSubcommand(word, in: group), group: group)
        }
        return ExitCode.success
    }

    /// What a command line's leading words name.
    private enum Resolution {
        /// A command, and the arguments after its name.
        case command(Command, [String])
        /// A group, and the arguments after its name.
        case group(CommandGroup, [String])
        /// A word that names no command (inside a group, or at the top).
        case unknown(String, group: CommandGroup?)
    }

    /// Follows `arguments` word by word down the command names.
    private func resolve(_ arguments: [String]) -> Resolution {
        var path: [String] = []
        while true {
            if let command = commands.first(where: { $0.words == path }) {
                return .command(command, Array(arguments.dropFirst(path.count)))
            }
            let group = path.isEmpty ? nil : self.group(path.joined(separator: " "))
            guard path.count < arguments.count, !arguments[path.count].hasPrefix("-") else {
                if let group { return .group(group, Array(arguments.dropFirst(path.count))) }
                return .unknown(arguments[path.count], group: nil)
            }
            let next = path + [arguments[path.count]]
            guard commands.contains(where: { $0.words.starts(with: next) }) else {
                return .unknown(arguments[path.count], group: group)
            }
            path = next
        }
    }

    /// The group named `name`, described by the registry or, if it is not, by its members.
    private func group(_ name: String) -> CommandGroup {
        groups.first { $0.name == name } ?? CommandGroup(name: name, abstract: "The '\(name)' subcommands.")
    }

    /// The registered groups one word below `group` (`lexicon case` below `lexicon`).
    private func subgroups(of group: CommandGroup) -> [CommandGroup] {
        groups.filter { $0.name.split(separator: " ").dropLast().joined(separator: " ") == group.name }
    }

    private func members(of group: CommandGroup) -> [Command] {
        commands.filter { $0.words.count > 1 && $0.words.dropLast().joined(separator: " ") == group.name }
    }

    private func unknownSubcommand(_ word: String, in group: CommandGroup?) -> UsageError {
        let depth = group.map { $0.name.split(separator: " ").count } ?? 0
        let prefix = group.map { $0.name.split(separator: " ").map(String.init) } ?? []
        var names: [String] = []
        for command in commands where command.words.count > depth && Array(command.words.prefix(depth)) == prefix {
            let name = command.words[depth]
            if !names.contains(name) { names.append(name) }
        }
        let scope = group.map { " of 'threadscan \($0.name)'" } ?? ""
        return UsageError(
            message: "unknown subcommand '\(word)'\(scope)"
                + Spelling.didYouMean(word, among: names + (group == nil ? ["help"] : [])))
    }

    private func usageError(_ error: UsageError, command: Command? = nil, group: CommandGroup? = nil) -> Int32 {
        var text = "Error: \(error.message)\n"
        if let command {
            text += "Usage: threadscan \(command.usage)\n"
            text += "  See 'threadscan \(command.name) --help' for more information.\n"
        } else if let group {
            text += "Usage: threadscan \(group.name) <subcommand>\n"
            text += "  See 'threadscan help \(group.name)' for more information.\n"
        } else {
            text += "Usage: threadscan <subcommand> [<arguments>] [<options>]\n"
            text += "  See 'threadscan --help' for more information.\n"
        }
        terminal.error(text)
        return ExitCode.usage
    }
}
