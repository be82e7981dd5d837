import Analysis

/// Writes thread reports in one format; a pure function of the reports and the options.
///
/// A batch is written as `prologue`, then `render` for each thread in order with `separator`
/// between two threads, then `epilogue`, so that the command can write each thread as soon as
/// it is ready and drop it (and leave out a thread that could not be read).
public protocol Reporter: Sendable {
    /// The name `--format` takes (`json`).
    var name: String { get }
    /// What comes before the first thread (a CSV header, `[` for several JSON reports).
    func prologue(threadCount: Int, options: ReportOptions) -> String
    /// One thread's part; `position` is its 0-based place in the batch (unique, for ids).
    func render(_ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions) -> String
    /// The same part as UTF-8 bytes appended to `out`; JSON and JSON lines write them straight,
    /// with no `String` of the thread.
    func render(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout [UInt8])
    /// Whether `stream` writes a thread's part piece by piece, so that the caller hands it the
    /// report rather than holding the rendered part.
    var streams: Bool { get }
    /// Hands the thread's part to `sink` in pieces as it is produced (for a format that
    /// `streams`; else the whole part at once).
    func stream(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions,
        to sink: @escaping ([UInt8]) -> Void)
    /// What goes between two threads' parts (`,` between JSON objects).
    func separator(options: ReportOptions) -> String
    /// Whether the format opens a batch of several threads with an index (`index(_:options:)`);
    /// the threads are then written after it, once every thread is known.
    var hasIndex: Bool { get }
    /// The index of a batch, written after the prologue and before the first thread: the
    /// threads harshest first, each linking to its part of the report.
    func index(_ entries: [ThreadIndexEntry], options: ReportOptions) -> String
    /// What comes after the last thread.
    func epilogue(threadCount: Int, options: ReportOptions) -> String
}

extension Reporter {
    public func prologue(threadCount: Int, options: ReportOptions) -> String { "" }
    public func epilogue(threadCount: Int, options: ReportOptions) -> String { "" }
    public func separator(options: ReportOptions) -> String { "" }
    public var hasIndex: Bool { false }
    public func index(_ entries: [ThreadIndexEntry], options: ReportOptions) -> String { "" }

    public func render(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout [UInt8]
    ) {
        out += render(report, position: position, threadCount: threadCount, options: options).utf8
    }

    public var streams: Bool { false }

    public func stream(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions,
        to sink: @escaping ([UInt8]) -> Void
    ) {
        var bytes: [UInt8] = []
        render(report, position: position, threadCount: threadCount, options: options, into: &bytes)
        sink(bytes)
    }

    /// The whole output for `reports` (with the index when the format has one and there are
    /// several threads).
    public func report(_ reports: [ThreadReport], options: ReportOptions = ReportOptions()) -> String {
        var out = prologue(threadCount: reports.count, options: options)
        if hasIndex, reports.count > 1 {
            out += index(reports.enumerated().map { ThreadIndexEntry($1, position: $0) }, options: options)
        }
        for (position, report) in reports.enumerated() {
            if position > 0 { out += separator(options: options) }
            out += render(report, position: position, threadCount: reports.count, options: options)
        }
        out += epilogue(threadCount: reports.count, options: options)
        return out
    }
}
