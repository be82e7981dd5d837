import Foundation
import ThreadScan

/// `threadscan score [FILE|-]`: batch scoring, one JSON line out per text in.
enum ScoreCommand {
    static let command = Command(
        name: "score",
        abstract: "Score texts in batch: one JSON line per input text.",
        discussion: """
            Input is one text per line, or a TSV whose header names a 'text' column and optionally
            'id', 'parent_text' (the post it replies to) and 'target' (a name to take a stance on).
            Column names are matched case-insensitively, after a byte-order mark and surrounding
            spaces; LF, CRLF and CR line endings are all read. Every line after the header gets
            exactly one output line, in input order, whatever it starts with:
            {"line":N,"id":"…","score":0.0,"severity":"none","categories":[],"target":null}
            plus "stance" when a parent text is given and "targetStance" when a target is given
            ("id" only when the input has that column). A row that cannot be scored (an empty
            text, a missing field) gets {"line":N,"error":"…"} instead, the run goes on, and the
            exit code is 1.
            With --format perspective each line is instead the response Perspective API's
            comments:analyze would give for the text, every attribute threadscan serve computes
            requested, the row's id (or line number) as its clientToken; a row that cannot be
            scored gets Google's error shape, {"error":{"code":400,…}}.
            """,
        arguments: [
            ArgumentSpec(name: "file", help: "The input file; '-' or none reads standard input.", optional: true)
        ],
        options: [
            .value(
                "format", short: "f", valueName: "format", help: "Output format.",
                kind: .choice(["jsonl", "perspective"]), defaultValue: "jsonl"),
            .value(
                "jobs", short: "j", valueName: "n",
                help: "Threads that score, beside the one that reads (default: one per core).",
                kind: .integer(1...256)),
            LexiconOption.spec,
        ],
        run: { arguments, terminal in
            guard arguments.positionals.count <= 1 else { throw UsageError(message: "score takes at most one file") }
            let format = arguments.value("format") ?? "jsonl"
            let line = try lineMaker(format: format, arguments)
            let path = arguments.positionals.first
            let file = path == nil || path == "-" ? "<stdin>" : path!
            var table = try DataTable(
                lines: ByteLineReader(path: path), file: file, requiring: ["text"], plainTextAllowed: true)
            let columns = ScoreRequest.Columns(table.header)
            let pipeline = ScorePipeline(
                jobs: arguments.value("jobs").flatMap { Int($0) } ?? ProcessInfo.processInfo.activeProcessorCount,
                line: line)
            var chunk: [ScoreRequest] = []
            var failures = ScoreFailures()
            while let row = table.next() {
                let request = ScoreRequest(row: row, columns: columns)
                failures.count(request)
                chunk.append(request)
                if chunk.count == ScorePipeline.chunkSize {
                    pipeline.submit(chunk) { terminal.write(bytes: $0) }
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            if !chunk.isEmpty { pipeline.submit(chunk) { terminal.write(bytes: $0) } }
            pipeline.finish { terminal.write(bytes: $0) }
            guard let summary = failures.summary(file: file) else { return ExitCode.success }
            terminal.error("threadscan: \(summary)\n")
            return ExitCode.failure
        }
    )

    /// What makes the output line of one row in `format`.
    private static func lineMaker(format: String, _ arguments: ParsedArguments) throws
        -> ScorePipeline.LineWriter
    {
        guard format == "perspective" else {
            let analyzer = try LexiconOption.analyzer(arguments)
            return { $0.writeJSONLine(analyzer: analyzer, into: &$1) }
        }
        let bundle = try LexiconOption.bundle(arguments, for: [.analysis])
        do throws(LexiconError) {
            let model = try PerspectiveModel(bundle: bundle, maximumTextBytes: .max)
            return { $0.writePerspectiveLine(model: model, into: &$1) }
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}
