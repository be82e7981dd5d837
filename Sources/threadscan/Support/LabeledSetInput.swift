import ThreadScan

/// The labeled TSV that `lexicon eval` and `lexicon suggest` read: the argument, its `--column`,
/// `--label` and `--cutoff` options, and the reading.
enum LabeledSetInput {
    /// The labeled file argument.
    static let argument = ArgumentSpec(
        name: "file", help: "A TSV whose header names a text column and a label column; '-' reads standard input.")

    /// `--column`, `--label` and `--cutoff`.
    static let options: [OptionSpec] = [
        .value("column", valueName: "name", help: "The text column.", defaultValue: "text"),
        .value("label", valueName: "name", help: "The label column.", defaultValue: "label"),
        .value(
            "cutoff", valueName: "score", help: "The score from which a text counts as uncivil.",
            kind: .number(0...1), defaultValue: "\(Severity.low.lowestScore)"),
    ]

    /// The cut-off asked for.
    static func cutoff(_ arguments: ParsedArguments) -> Double {
        arguments.value("cutoff").flatMap(Double.init) ?? Severity.low.lowestScore
    }

    /// Reads the one labeled file of the command line; `file` is its name as shown (`<stdin>` for `-`).
    /// - Throws: `UsageError` without exactly one file; `CommandFailure` when its header lacks the columns.
    static func read(_ arguments: ParsedArguments) throws -> (set: LabeledSet, file: String) {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(message: "expected one labeled TSV file")
        }
        let file = path == "-" ? "<stdin>" : path
        do {
            let set = try LabeledSet(
                lines: ByteLineReader(path: path), file: file, textColumn: arguments.value("column") ?? "text",
                labelColumn: arguments.value("label") ?? "label")
            return (set, file)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }
}
