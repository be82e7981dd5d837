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
        ThreadReportJSON.value(report).serialized(
            pretty: true, before: threadCount == 1 ? "" : "\n", after: threadCount == 1 ? "\n" : "")
    }

    public func separator(options: ReportOptions) -> String { "," }

    public func epilogue(threadCount: Int, options: ReportOptions) -> String {
        threadCount == 1 ? "" : (threadCount == 0 ? "]\n" : "\n]\n")
    }
}
