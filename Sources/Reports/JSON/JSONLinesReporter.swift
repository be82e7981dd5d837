import Analysis

/// `--format jsonl`: one compact `threadscan.report/1` object per line, one line per thread —
/// a line-in/line-out filter for batch engines.
public struct JSONLinesReporter: Reporter {
    public let name = "jsonl"

    /// Creates the reporter.
    public init() {}

    public func render(_ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions) -> String {
        ThreadReportJSON.value(report).serialized() + "\n"
    }
}
