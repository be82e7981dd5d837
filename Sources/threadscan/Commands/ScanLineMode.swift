import Foundation
import ThreadScan

/// `scan --jsonl-in FILE|-`: the line filter for distributed engines (``LineFilter``).
enum ScanLineMode {
    /// The options only this mode takes.
    static let options: [OptionSpec] = [
        .value(
            "jsonl-in", valueName: "file",
            help: "Read JSON Lines records ('-' for standard input) and write one threadscan.line/1 line per line.",
            kind: .file),
        .value(
            "group-by", valueName: "unit",
            help:
                "With --jsonl-in: 'thread' merges consecutive records of one thread (same thread key or canonical URL).",
            kind: .choice(LineFilter.Grouping.allCases.map(\.rawValue)),
            defaultValue: LineFilter.Grouping.record.rawValue
        ),
        .value(
            "jobs", short: "j", valueName: "n",
            help: "With --jsonl-in: threads scanned at once (default: one per core).",
            kind: .integer(1...1024)),
    ]

    /// The options of plain `scan` that this mode refuses.
    static let refused = ["merge", "baseline", "only-new", "fail-on"]

    /// Refuses the options that need `--jsonl-in` when it is not given.
    static func check(_ arguments: ParsedArguments) throws(UsageError) {
        for name in ["group-by", "jobs"] where arguments.values[name] != nil {
            throw UsageError(message: "--\(name) needs --jsonl-in <file>")
        }
    }

    /// Runs the filter over `path`.
    static func run(_ path: String, _ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        guard arguments.positionals.isEmpty else {
            throw UsageError(message: "--jsonl-in reads its pages from the records; give no <path> with it")
        }
        if let format = arguments.value("format"), format != "jsonl" {
            throw UsageError(message: "--jsonl-in writes JSON Lines; --format \(format) cannot be used with it")
        }
        for name in refused where arguments.values[name] != nil || arguments.flag(name) {
            throw UsageError(message: "--\(name) cannot be used with --jsonl-in")
        }
        let minimum = arguments.value("min-severity").flatMap(Severity.init(rawValue:)) ?? .none
        let setup = try ScanSetup(arguments, minimumSeverity: minimum)
        let grouping = arguments.value("group-by").flatMap(LineFilter.Grouping.init(rawValue:)) ?? .record
        let workers = arguments.value("jobs").flatMap { Int($0) } ?? ProcessInfo.processInfo.activeProcessorCount
        var reader: ByteLineReader
        do {
            reader = try ByteLineReader(path: path)
        } catch {
            throw CommandFailure(message: "--jsonl-in \(error)")
        }
        try OutputGuard.refuse(arguments.value("output"), overwriting: path == "-" ? [] : [path])
        let sink = LineSink(try ReportDestination(path: arguments.value("output"), terminal: terminal))
        let filter = LineFilter(scanner: setup.runner.scanner, grouping: grouping, workers: workers)
        let tally = filter.run(&reader) { sink.write($0) }
        try sink.destination.close()
        if !arguments.flag("quiet") {
            terminal.error(
                "threadscan: \(tally.lines) line\(tally.lines == 1 ? "" : "s") read, \(tally.reports) report\(tally.reports == 1 ? "" : "s"), \(tally.errors) bad line\(tally.errors == 1 ? "" : "s")\n"
            )
        }
        return ExitCode.success
    }
}

/// The destination, written from the filter's delivering thread, one line at a time.
private final class LineSink: @unchecked Sendable {
    let destination: ReportDestination

    init(_ destination: ReportDestination) {
        self.destination = destination
    }

    func write(_ line: String) {
        destination.write(line)
        destination.flush()
    }
}
