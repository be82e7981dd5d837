import Analysis

/// `--format jsonl`: one compact `threadscan.report/1` object per line, one line per thread —
/// a line-in/line-out filter for batch engines.
public struct JSONLinesReporter: Reporter {
    public let name = "jsonl"

    /// Creates the reporter.
    public init() {}

    public func render(_ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions) -> String {
        var bytes: [UInt8] = []
        render(report, position: position, threadCount: threadCount, options: options, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The report streamed as bytes by `JSONWriter`, then a line break.
    /// - Complexity: O(n) in the size of the output.
    public func render(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout [UInt8]
    ) {
        var writer = JSONWriter(pretty: false, continuing: &out)
        ThreadReportJSON.write(report, into: &writer)
        writer.finish(into: &out)
        out.append(0x0A)
    }

    public var streams: Bool { true }

    /// The report handed to `sink` in pieces of about 64 KiB as `JSONWriter` produces them.
    public func stream(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions,
        to sink: @escaping ([UInt8]) -> Void
    ) {
        var writer = JSONWriter(pretty: false, sink: sink)
        ThreadReportJSON.write(report, into: &writer)
        writer.bytes.append(0x0A)
        writer.flush()
    }
}
