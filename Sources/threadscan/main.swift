import Foundation

let terminal = Terminal()
signal(SIGPIPE, SIG_IGN)
let status = CommandLineRunner(commands: CommandRegistry.all, terminal: terminal)
    .run(Array(CommandLine.arguments.dropFirst()))
terminal.flush()
exit(status)
