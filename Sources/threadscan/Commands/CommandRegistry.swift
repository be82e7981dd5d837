/// Every subcommand, in the order `threadscan --help` lists them.
enum CommandRegistry {
    static let all: [Command] = [
        ParseCommand.command
    ]
}
