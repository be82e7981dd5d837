import Foundation

let terminal = Terminal()
signal(SIGPIPE, SIG_IGN)
let status = CommandLineRunner(commands: CommandRegistry.all, groups: CommandRegistry.groups, terminal: terminal)
    .run(Array(CommandLine.arguments.dropFirst()))
terminal.flush()
if let error = terminal.writeError {
    terminal.error("Error: cannot write standard output: \(error)\n")
    exit(ExitCode.failure)
}
exit(status)
