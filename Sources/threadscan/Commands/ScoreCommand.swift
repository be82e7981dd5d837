import ThreadScan

/// `threadscan score [FILE|-]`: batch scoring, one JSON line out per text in.
enum ScoreCommand {
    static let command = Command(
        name: "score",
        abstract: "Score texts in batch: one JSON line per input text.",
        discussion: """
            Input is one text per line, or a TSV whose header names a 'text' column and optionally
            'parent_text' (the post it replies to) and 'target' (a name to take a stance on).
            Output, in input order: {"line":N,"score":0.0,"severity":"none","categories":[],"target":null}
            plus "stance" when a parent text is given and "targetStance" when a target is given.
            N is the input line number.
            """,
        usage: "[<file>] [--lexicons <DIR|+DIR>]",
        arguments: [("<file>", "The input file; '-' or none reads standard input.")],
        options: [LexiconOption.spec],
        run: { arguments, terminal in
            guard arguments.positionals.count <= 1 else { throw UsageError(message: "score takes at most one file") }
            let analyzer = try LexiconOption.analyzer(arguments)
            var lines = try InputLines(path: arguments.positionals.first)
            var columns: (text: Int, parent: Int?, target: Int?)?
            var lineNumber = 0
            while let line = lines.next() {
                lineNumber += 1
                if lineNumber == 1, line.contains("\t") {
                    let names = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
                    if let text = names.firstIndex(of: "text") {
                        columns = (text, names.firstIndex(of: "parent_text"), names.firstIndex(of: "target"))
                        continue
                    }
                }
                var text = line
                var parent: String?
                var target: String?
                if let columns {
                    if line.hasPrefix("#") || line.isEmpty { continue }
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    guard columns.text < fields.count else {
                        throw CommandFailure(
                            message:
                                "\(arguments.positionals.first ?? "<stdin>"):\(lineNumber): no 'text' field; is a tab missing?"
                        )
                    }
                    text = String(fields[columns.text])
                    parent = columns.parent.flatMap {
                        $0 < fields.count && !fields[$0].isEmpty ? String(fields[$0]) : nil
                    }
                    target = columns.target.flatMap {
                        $0 < fields.count && !fields[$0].isEmpty ? String(fields[$0]) : nil
                    }
                }
                let analysis = analyzer.analyze(
                    text, context: AnalysisContext(parentText: parent, targets: target.map { [$0] } ?? []))
                var members: [(String, JSONValue)] = [
                    ("line", .int(lineNumber)),
                    ("score", .number(analysis.incivility.score)),
                    ("severity", .string(analysis.incivility.severity.rawValue)),
                    ("categories", .array(analysis.incivility.categories.map { .string($0) })),
                    ("target", .string(analysis.incivility.target?.rawValue)),
                ]
                if let stance = analysis.replyStance { members.append(("stance", .string(stance.stance.rawValue))) }
                if let stance = analysis.targetStances.first {
                    members.append(("targetStance", .string(stance.stance.rawValue)))
                }
                terminal.write(JSONValue.object(members).serialized() + "\n")
            }
            return ExitCode.success
        }
    )
}
