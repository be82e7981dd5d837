import Analysis

/// A format whose thread part is written to a `ReportOutput` (text, Markdown, HTML, CSV): it renders
/// by collecting what it writes, and streams by handing it on in pieces of about 64 KiB.
package protocol WrittenReporter: Reporter {
    /// Writes the thread's part to `out`.
    func write(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout ReportOutput)
}

extension WrittenReporter {
    /// The thread's part, whole.
    public func render(_ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions) -> String {
        ReportOutput.collect {
            write(report, position: position, threadCount: threadCount, options: options, into: &$0)
        }
    }

    /// A written format streams.
    public var streams: Bool { true }

    /// The thread's part handed to `sink` in pieces of about 64 KiB as it is written.
    public func stream(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions,
        to sink: @escaping ([UInt8]) -> Void
    ) {
        ReportOutput.stream(to: sink) {
            write(report, position: position, threadCount: threadCount, options: options, into: &$0)
        }
    }
}
