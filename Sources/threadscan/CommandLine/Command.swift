/// A subcommand of `threadscan`: its arguments and options are declared once, and its USAGE
/// line, help, completion and manual entry are made from them.
struct Command: Sendable {
    /// The name typed after `threadscan` (`parse`), or a path of names (`lexicon test`).
    var name: String
    /// One line for the list of subcommands.
    var abstract: String
    /// A paragraph for the command's OVERVIEW, after the abstract.
    var discussion: String = ""
    /// The positional arguments, in order.
    var arguments: [ArgumentSpec] = []
    /// The options.
    var options: [OptionSpec] = []
    /// The exit codes the command uses, with their meaning (`ExitCode.standard` unless it says more).
    var exitCodes: [(code: Int32, meaning: String)] = ExitCode.standard
    /// Runs the command with its parsed arguments; returns the exit code.
    var run: @Sendable (ParsedArguments, Terminal) throws -> Int32

    /// The name's words (`["lexicon", "test"]`).
    var words: [String] { name.split(separator: " ").map(String.init) }

    /// The USAGE line after `threadscan`: every argument and every option.
    var usage: String {
        ([name] + arguments.map(\.usage) + options.map(\.usage)).joined(separator: " ")
    }

    /// The options help lists: the command's own, then `-h, --help`.
    var listedOptions: [OptionSpec] {
        options + [.flag("help", short: "h", help: "Show help information.")]
    }

    /// The full help text: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, EXIT STATUS.
    var help: String {
        var text = "OVERVIEW: \(abstract)\n"
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        text += "\n" + HelpLayout.usage("threadscan \(usage)") + "\n"
        if !arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in arguments { text += HelpLayout.row("<\(argument.name)>", argument.help) }
        }
        text += "\nOPTIONS:\n"
        for option in listedOptions { text += HelpLayout.row(option.synopsis, option.fullHelp) }
        text += "\nEXIT STATUS:\n"
        for (code, meaning) in exitCodes { text += HelpLayout.row("\(code)", meaning) }
        return text
    }
}
