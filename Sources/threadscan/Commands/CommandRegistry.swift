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
        LexiconFitCommand.command,
        LexiconSuggestCommand.command,
        LexiconCaseAddCommand.command,
    ]
}

extension CommandRegistry {
    /// The words that group subcommands, with their help.
    static let groups: [CommandGroup] = [
        CommandGroup(name: "lexicon", abstract: "Test, check and measure the lexicons."),
        CommandGroup(name: "lexicon case", abstract: "Add test cases to a lexicon folder."),
    ]
}
