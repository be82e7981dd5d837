/// Every subcommand, in the order `threadscan --help` lists them.
enum CommandRegistry {
    static let all: [Command] = [
        ScanCommand.command,
        ParseCommand.command,
        TreeCommand.command,
        DOMCommand.command,
        ExplainCommand.command,
        ScoreCommand.command,
        ServeCommand.command,
        LexiconTestCommand.command,
        LexiconLintCommand.command,
        LexiconEvalCommand.command,
    ]
}
