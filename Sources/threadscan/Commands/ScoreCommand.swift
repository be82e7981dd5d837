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
            var batch: [ScoreRequest] = []
            while let line = lines.next() {
                lineNumber += 1
                if lineNumber == 1, line.contains("\t") {
                    let names = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
                    if let text = names.firstIndex(of: "text") {
                        columns = (text, names.firstIndex(of: "parent_text"), names.firstIndex(of: "target"))
                        continue
                    }
                }
                var request = ScoreRequest(line: lineNumber, text: line)
                if let columns {
                    if line.hasPrefix("#") || line.isEmpty { continue }
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    guard columns.text < fields.count else {
                        let file = arguments.positionals.first ?? "<stdin>"
                        throw CommandFailure(message: "\(file):\(lineNumber): no 'text' field; is a tab missing?")
                    }
                    func field(_ column: Int?) -> String? {
                        column.flatMap { $0 < fields.count && !fields[$0].isEmpty ? String(fields[$0]) : nil }
                    }
                    request.text = String(fields[columns.text])
                    request.parent = field(columns.parent)
                    request.target = field(columns.target)
                }
                batch.append(request)
                if batch.count == ScoreRequest.batchSize {
                    terminal.write(ScoreRequest.score(batch, with: analyzer))
                    batch.removeAll(keepingCapacity: true)
                }
            }
            terminal.write(ScoreRequest.score(batch, with: analyzer))
            return ExitCode.success
        }
    )
}
