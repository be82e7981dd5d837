import Analysis

/// `--format csv`: one post per row (posts below `options.minimumSeverity` left out), RFC 4180
/// quoting, CRLF line ends, and safe to open in a spreadsheet (see `CSVField`).
///
/// Columns: source, title, post, author, parent, edge_kind, edge_confidence, severity, score,
/// categories, target, reply_stance, queue_rank, priority, reasons, evidence, body.
public struct CSVReporter: Reporter {
    public let name = "csv"

    /// The header row's names.
    package static let columns = [
        "source", "title", "post", "author", "parent", "edge_kind", "edge_confidence", "severity", "score",
        "categories", "target", "reply_stance", "queue_rank", "priority", "reasons", "evidence", "body",
    ]

    /// Creates the reporter.
    public init() {}

    public func prologue(threadCount: Int, options: ReportOptions) -> String {
        CSVField.row(Self.columns)
    }

    public func render(_ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions) -> String {
        var bytes: [UInt8] = []
        render(report, position: position, threadCount: threadCount, options: options, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The thread's rows written as bytes, each field escaped by `CSVField.write`.
    /// - Complexity: O(n) in the size of the output.
    public func render(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout [UInt8]
    ) {
        rows(report, options: options, into: &out) { _ in }
    }

    /// CSV streams: its rows are handed on in pieces of about `ReportOutput.pieceSize` bytes.
    public var streams: Bool { true }

    /// The thread's rows handed to `sink` in pieces of about 64 KiB as they are written.
    public func stream(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions,
        to sink: @escaping ([UInt8]) -> Void
    ) {
        var out: [UInt8] = []
        out.reserveCapacity(ReportOutput.pieceSize + ReportOutput.pieceSize / 4)
        rows(report, options: options, into: &out) { written in
            guard written.count >= ReportOutput.pieceSize else { return }
            sink(written)
            written.removeAll(keepingCapacity: true)
        }
        if !out.isEmpty { sink(out) }
    }

    /// Appends the thread's rows to `out`, calling `afterRow` after each.
    private func rows(
        _ report: ThreadReport, options: ReportOptions, into out: inout [UInt8], afterRow: (inout [UInt8]) -> Void
    ) {
        var ranks: [Int: (rank: Int, entry: QueueEntry)] = [:]
        for (rank, entry) in report.queue.enumerated() { ranks[entry.post] = (rank + 1, entry) }
        let shown = report.baseline.map { marks in report.posts.indices.map { !options.onlyNew || marks.postIsNew[$0] }
        }
        for post in report.posts where post.severity >= options.minimumSeverity && shown?[post.post.index] != false {
            let incivility = post.analysis.incivility
            let queued = ranks[post.post.index]
            CSVField.row(
                [
                    report.pages.joined(separator: " "),
                    report.thread.title ?? "",
                    String(post.post.index),
                    post.post.author ?? "",
                    post.parent.map { String($0.to) } ?? "",
                    post.parent?.kind.rawValue ?? "",
                    post.parent.map { PostLine.confidence($0.confidence) } ?? "",
                    incivility.severity.rawValue,
                    PostLine.confidence(incivility.score),
                    incivility.categories.joined(separator: ";"),
                    incivility.target?.rawValue ?? "",
                    post.replyStance?.rawValue ?? "",
                    queued.map { String($0.rank) } ?? "",
                    queued.map { String($0.entry.priority) } ?? "",
                    queued?.entry.reasons.joined(separator: " | ") ?? "",
                    queued?.entry.evidence.joined(separator: " | ") ?? "",
                    post.post.body,
                ], into: &out)
            afterRow(&out)
        }
    }
}
