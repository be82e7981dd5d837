import ThreadScan

/// What a worker hands back for one thread of `scan`: its part already rendered, or, for a
/// format that streams, the report itself, written piece by piece when its turn comes so that
/// no rendered part is held.
enum ThreadPart: Sendable {
    case rendered([UInt8])
    case streamed(ThreadReport)

    /// The part for `report` in `reporter`'s format.
    init(_ report: ThreadReport, reporter: any Reporter, position: Int, threadCount: Int, options: ReportOptions) {
        guard !reporter.streams else {
            self = .streamed(report)
            return
        }
        var bytes: [UInt8] = []
        reporter.render(report, position: position, threadCount: threadCount, options: options, into: &bytes)
        self = .rendered(bytes)
    }

    /// Hands the part to `sink`: at once, or in pieces as it is written.
    func write(
        reporter: any Reporter, position: Int, threadCount: Int, options: ReportOptions,
        to sink: @escaping ([UInt8]) -> Void
    ) {
        switch self {
        case .rendered(let bytes): sink(bytes)
        case .streamed(let report):
            reporter.stream(report, position: position, threadCount: threadCount, options: options, to: sink)
        }
    }
}
