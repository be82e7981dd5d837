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
        arguments: [
            ArgumentSpec(
                name: "text",
                help: "The text to explain ('-' reads it from standard input, without its final line break).",
                kind: .text)
        ],
        options: [
            .value("parent", valueName: "text", help: "The post it replies to: adds the reply stance."),
            .value("target", valueName: "name", help: "A name to take a stance on (repeatable).", repeatable: true),
            .value(
                "participant", valueName: "name", help: "A participant of the thread (repeatable).", repeatable: true),
            .value(
                "format", short: "f", valueName: "format", help: "Output format.", kind: .choice(["text", "json"]),
                defaultValue: "text"),
            ColorChoice.option,
            LexiconOption.spec,
        ],
        run: { arguments, terminal in
            guard arguments.positionals.count == 1 else {
                throw UsageError(
                    message: arguments.positionals.isEmpty
                        ? "missing the text to explain" : "explain takes one text; quote it")
            }
            let format = arguments.value("format") ?? "text"
            var text = arguments.positionals[0]
            if text == "-" {
                text = StandardInput.readAll()
                while let last = text.unicodeScalars.last, last == "\n" || last == "\r" {
                    text.unicodeScalars.removeLast()
                }
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
                terminal.write(
                    ExplanationText.render(analysis, text: text, color: terminal.colorOnStdout(ColorChoice(arguments))))
            }
            return ExitCode.success
        }
    )
}
