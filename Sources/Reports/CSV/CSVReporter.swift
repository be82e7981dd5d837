import Analysis

/// `--format csv`: one post per row (posts below `options.minimumSeverity` left out), RFC 4180
/// quoting, CRLF line ends, and safe to open in a spreadsheet (see `CSVField`).
///
/// Columns: source, title, post, author, parent, edge_kind, edge_confidence, severity, score,
/// categories, target, reply_stance, queue_rank, priority, reasons, evidence, body.
public struct CSVReporter: WrittenReporter {
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

    /// The thread's rows, each field escaped by `CSVField.write`.
    /// - Complexity: O(n) in the size of the output.
    package func write(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout ReportOutput
    ) {
        var ranks: [Int: (rank: Int, entry: QueueEntry)] = [:]
        for (rank, entry) in report.queue.enumerated() { ranks[entry.post] = (rank + 1, entry) }
        let shown = report.baseline.map { marks in report.posts.indices.map { !options.onlyNew || marks.postIsNew[$0] }
        }
        for post in report.posts where post.severity >= options.minimumSeverity && shown?[post.post.index] != false {
            let incivility = post.analysis.incivility
            let queued = ranks[post.post.index]
            let fields: [String] = [
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
            ]
            out.append { CSVField.row(fields, into: &$0) }
        }
    }
}
