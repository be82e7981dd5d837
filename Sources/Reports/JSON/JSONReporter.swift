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
        var bytes: [UInt8] = []
        render(report, position: position, threadCount: threadCount, options: options, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The report streamed as bytes by `JSONWriter`.
    /// - Complexity: O(n) in the size of the output.
    public func render(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout [UInt8]
    ) {
        if threadCount != 1 { out.append(0x0A) }
        var writer = JSONWriter(pretty: true, continuing: &out)
        ThreadReportJSON.write(report, into: &writer)
        writer.finish(into: &out)
        if threadCount == 1 { out.append(0x0A) }
    }

    public var streams: Bool { true }

    /// The report handed to `sink` in pieces of about 64 KiB as `JSONWriter` produces them.
    public func stream(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions,
        to sink: @escaping ([UInt8]) -> Void
    ) {
        var writer = JSONWriter(pretty: true, sink: sink)
        if threadCount != 1 { writer.bytes.append(0x0A) }
        ThreadReportJSON.write(report, into: &writer)
        if threadCount == 1 { writer.bytes.append(0x0A) }
        writer.flush()
    }

    public func separator(options: ReportOptions) -> String { "," }

    public func epilogue(threadCount: Int, options: ReportOptions) -> String {
        threadCount == 1 ? "" : (threadCount == 0 ? "]\n" : "\n]\n")
    }
}
