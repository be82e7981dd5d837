import Analysis

/// `--format text`, the default on a terminal: the counts, the moderation queue with its
/// reasons, the thread signals, the authors and the reply tree. Colour only when
/// `options.color` (the CLI sets it on a TTY without `NO_COLOR`).
public struct TextReporter: WrittenReporter {
    public let name = "text"

    /// Creates the reporter.
    public init() {}

    public func separator(options: ReportOptions) -> String { "\n" }

    /// The footer line by which a later scan knows the file for a report (`ReportSignature`).
    public func epilogue(threadCount: Int, options: ReportOptions) -> String {
        "\n" + TextStyle(color: options.color).dim(ReportSignature.textFooter) + "\n"
    }

    public var hasIndex: Bool { true }

    /// `N THREADS, HARSHEST FIRST`: one line per thread, `[N]` naming its place in the report.
    public func index(_ entries: [ThreadIndexEntry], options: ReportOptions) -> String {
        let style = TextStyle(color: options.color)
        var out = style.bold("\(entries.count) THREADS, HARSHEST FIRST") + "\n"
        for entry in ThreadIndexEntry.harshestFirst(entries) {
            let badge = style.severity(PostLine.badge(entry.maxSeverity), entry.maxSeverity)
            out += "  \(badge) [\(entry.position + 1)] \(PostLine.clean(entry.title ?? "(untitled)")) · \(entry.counts)"
            out += " · \(PostLine.clean(entry.pages.first ?? ""))\n"
        }
        return out + "\n"
    }

    /// Writes the thread's part to `out`.
    package func write(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout ReportOutput
    ) {
        let style = TextStyle(color: options.color)
        if threadCount > 1 { out += style.dim("[\(position + 1)] ") }
        out += style.bold(PostLine.clean(report.thread.title ?? "(untitled)")) + "\n"
        out += style.dim(PostLine.clean("\(report.pages.joined(separator: ", ")) · \(report.thread.platform)")) + "\n"
        if let merge = report.thread.merge {
            out += style.dim(PostLine.clean(ReportWording.merge(merge))) + "\n"
        }
        out += ReportWording.counts(report.summary) + "\n"
        for warning in report.thread.warnings {
            out += style.dim(PostLine.clean("warning: \(warning)")) + "\n"
        }
        out += "\n" + style.bold("MODERATION QUEUE") + "\n"
        let queue = report.queue.filter { $0.severity >= options.minimumSeverity }
        if queue.isEmpty { out += "  Nothing to review.\n" }
        for (rank, entry) in queue.enumerated() {
            let post = report.posts[entry.post].post
            let badge = style.severity(PostLine.badge(entry.severity), entry.severity)
            out +=
                "\(rank + 1). \(badge) post #\(post.displayNumber) by \(PostLine.author(post)) · priority \(entry.priority)"
            out += ReportWording.baseline(report, queueRank: rank) + "\n"
            out += "   \"\(PostLine.firstWords(post.body, limit: 100))\"\n"
            for reason in entry.reasons { out += "   - \(PostLine.clean(reason))\n" }
        }
        let signals = ReportWording.signals(report)
        if !signals.isEmpty {
            out += "\n" + style.bold("SIGNALS") + "\n"
            for line in signals { out += "  \(PostLine.clean(line))\n" }
        }
        if !report.authors.isEmpty {
            out += "\n" + style.bold("AUTHORS") + "\n"
            for author in report.authors { out += "  \(PostLine.clean(ReportWording.author(author)))\n" }
        }
        out += "\n" + style.bold("REPLY TREE") + "\n"
        ReplyTreeDrawing(color: options.color).draw(report) { out += $0 }
    }
}
