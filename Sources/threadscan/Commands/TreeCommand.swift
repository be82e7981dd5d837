import ThreadScan

/// `threadscan tree`: the reply tree of saved pages, drawn in the terminal.
enum TreeCommand {
    static let command = Command(
        name: "tree",
        abstract: "Draw the reply tree of saved pages: author, stance, severity, first words.",
        discussion: """
            One line per post: its number, author, stance toward its parent (↑ support, ↓ deny,
            ? query, · comment), a severity badge ([HIGH] [MED] [LOW] [ok]), its first words, and the
            evidence that links it to its parent with its confidence (and the reply latency when
            relative times give it). Pages are found and merged as 'threadscan scan' does.
            """,
        arguments: [
            ArgumentSpec(
                name: "path", help: "A saved page, '-' for standard input, or a folder of saved pages.", repeating: true
            )
        ],
        options: [ColorChoice.option] + ScanSetup.options,
        run: run
    )

    private static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let setup = try ScanSetup(arguments)
        let merge = arguments.flag("merge")
        let plan = try setup.plan(arguments.positionals, merge: merge, terminal: terminal)
        let drawing = ReplyTreeDrawing(color: terminal.colorOnStdout(ColorChoice(arguments)))
        var written = 0
        var failures = plan.failures
        var position = 0
        for unit in plan.units {
            let threads = setup.runner.parse(unit, merge: merge)
            setup.runner.run(
                threads, from: position,
                work: { _, result in
                    result.map { report in
                        "\(PostLine.clean(report.thread.title ?? "(untitled)")) — \(PostLine.clean(report.pages.joined(separator: ", ")))\n"
                            + drawing.draw(report)
                    }
                },
                deliver: { _, result in
                    switch result {
                    case .success(let text):
                        terminal.write((written > 0 ? "\n" : "") + text)
                        written += 1
                    case .failure(let error):
                        terminal.error("Error: \(error)\n")
                        failures += 1
                    }
                })
            position += threads.count
        }
        return failures > 0 ? ExitCode.failure : ExitCode.success
    }
}
