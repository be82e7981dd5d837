import Analysis

/// `--format json`: one pretty-printed `threadscan.report/1` object, or an array of them for
/// several threads.
public struct JSONReporter: Reporter {
    public let name = "json"

    /// Creates the reporter.
    public init() {}

    public func prologue(threadCount: Int, options: ReportOptions) -> String {
        threadCount == 1 ? "" : "["
    }

    public func render(_ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions) -> String {
        let text = ThreadReportJSON.value(report).serialized(pretty: true)
        guard threadCount != 1 else { return text + "\n" }
        return (position == 0 ? "\n" : ",\n") + text
    }

    public func epilogue(threadCount: Int, options: ReportOptions) -> String {
        threadCount == 1 ? "" : (threadCount == 0 ? "]\n" : "\n]\n")
    }
}
