import ThreadScan

/// `threadscan explain "TEXT"`: every entry and rule that fired, its contribution, the scores.
enum ExplainCommand {
    static let command = Command(
        name: "explain",
        abstract: "Show which lexicon entries and rules fired on a text, and its scores.",
        discussion: """
            The text is scored as a post's own words. Each entry shows its weight after the rules
            (w), each rule how much it changed that weight; the score is 1 - Π(1 - w) over the entries.
            """,
        usage:
            "<text> [--parent <text>] [--target <name>]... [--participant <name>]... [--format <format>] [--lexicons <DIR|+DIR>]",
        arguments: [("<text>", "The text to explain ('-' reads it from standard input).")],
        options: [
            .value("parent", valueName: "TEXT", help: "The post it replies to: adds the reply stance."),
            .value("target", valueName: "NAME", help: "A name to take a stance on (repeatable).", repeatable: true),
            .value(
                "participant", valueName: "NAME", help: "A participant of the thread (repeatable).", repeatable: true),
            .value("format", short: "f", valueName: "FORMAT", help: "text (default) or json."),
            LexiconOption.spec,
        ],
        run: { arguments, terminal in
            guard arguments.positionals.count == 1 else {
                throw UsageError(
                    message: arguments.positionals.isEmpty
                        ? "missing the text to explain" : "explain takes one text; quote it")
            }
            let format = try arguments.choice("format", allowed: ["text", "json"], fallback: "text")
            var text = arguments.positionals[0]
            if text == "-" {
                text = StandardInput.readAll()
            }
            let analyzer = try LexiconOption.analyzer(arguments)
            let context = AnalysisContext(
                parentText: arguments.value("parent"), participants: arguments.values["participant"] ?? [],
                targets: arguments.values["target"] ?? []
            )
            let analysis = analyzer.analyze(text, context: context)
            if format == "json" {
                terminal.write(TextAnalysisJSON.value(analysis, text: text).serialized(pretty: true) + "\n")
            } else {
                terminal.write(ExplanationText.render(analysis, text: text, color: terminal.colorOnStdout))
            }
            return ExitCode.success
        }
    )
}
