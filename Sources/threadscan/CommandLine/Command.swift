/// A subcommand of `threadscan`.
struct Command: Sendable {
    /// The name typed after `threadscan` (`parse`), or a path of names (`lexicon test`).
    var name: String
    /// One line for the list of subcommands.
    var abstract: String
    /// A paragraph for the command's OVERVIEW, after the abstract.
    var discussion: String = ""
    /// The usage line after `threadscan NAME`: `<file>... [--format <format>]`.
    var usage: String
    /// The positional arguments, as (name, help) pairs.
    var arguments: [(String, String)] = []
    /// The options.
    var options: [OptionSpec] = []
    /// Runs the command with its parsed arguments; returns the exit code.
    var run: @Sendable (ParsedArguments, Terminal) throws -> Int32

    /// The full help text: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
    var help: String {
        var text = "OVERVIEW: \(abstract)\n"
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        text += "\nUSAGE: threadscan \(name) \(usage)\n"
        if !arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for (argument, help) in arguments {
                text += Self.helpRow(argument, help)
            }
        }
        text += "\nOPTIONS:\n"
        for option in options {
            text += Self.helpRow(option.synopsis, option.help)
        }
        text += Self.helpRow("-h, --help", "Show help information.")
        return text
    }

    static func helpRow(_ left: String, _ right: String) -> String {
        let padded =
            left.count < 24
            ? left + String(repeating: " ", count: 24 - left.count) : left + "\n" + String(repeating: " ", count: 26)
        return "  \(padded)\(right)\n"
    }
}
