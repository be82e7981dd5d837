import Analysis

/// `--format md`: a report to paste into a moderators' channel — the counts, the queue as a
/// table with reasons, the signals, and the reply tree in a code block. Page content is escaped
/// so that it cannot break the table, start a link or ping anyone.
public struct MarkdownReporter: WrittenReporter {
    public let name = "md"

    /// Creates the reporter.
    public init() {}

    public func separator(options: ReportOptions) -> String { "\n---\n\n" }

    public var hasIndex: Bool { true }

    /// `## N threads, harshest first`: a list of links to the threads' headings.
    public func index(_ entries: [ThreadIndexEntry], options: ReportOptions) -> String {
        var out = "## \(entries.count) threads, harshest first\n\n"
        for entry in ThreadIndexEntry.harshestFirst(entries) {
            let title = MarkdownEscaper.inline(entry.title ?? "(untitled)")
            out += "1. **\(entry.maxSeverity.rawValue)** [\(title)](#\(Self.anchor(entry.position))) · "
            out += MarkdownEscaper.inline(entry.counts) + " · `\(MarkdownEscaper.code(entry.pages.first ?? ""))`\n"
        }
        return out + "\n---\n\n"
    }

    /// The anchor of the thread at `position`: `thread-3`.
    static func anchor(_ position: Int) -> String { "thread-\(position + 1)" }

    /// Writes the thread's part to `out`.
    package func write(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout ReportOutput
    ) {
        if threadCount > 1 { out += "<a id=\"\(Self.anchor(position))\"></a>\n\n" }
        out += "## \(MarkdownEscaper.inline(report.thread.title ?? "(untitled)"))\n\n"
        out +=
            "`\(MarkdownEscaper.code(report.pages.joined(separator: ", ")))` · \(MarkdownEscaper.inline(report.thread.platform)) · "
        out += "\(ReportWording.counts(report.summary)) · max severity **\(report.summary.maxSeverity.rawValue)**\n\n"
        if let merge = report.thread.merge {
            out += "\(MarkdownEscaper.inline(ReportWording.merge(merge)))\n\n"
        }
        for warning in report.thread.warnings {
            out += "> warning: \(MarkdownEscaper.inline(warning.description))\n"
        }
        if !report.thread.warnings.isEmpty { out += "\n" }
        out += "### Moderation queue\n\n"
        let queue = report.queue.filter { $0.severity >= options.minimumSeverity }
        if queue.isEmpty {
            out += "Nothing to review.\n"
        } else {
            out += "| # | Post | Author | Severity | Priority | Why |\n|---|---|---|---|---|---|\n"
            for (rank, entry) in queue.enumerated() {
                let post = report.posts[entry.post].post
                let why = entry.reasons.map(MarkdownEscaper.inline).joined(separator: "<br>")
                let quoted = MarkdownEscaper.inline(PostLine.firstWords(post.body, limit: 80))
                out +=
                    "| \(rank + 1) | #\(entry.post)\(ReportWording.baseline(report, queueRank: rank)) | \(MarkdownEscaper.inline(PostLine.author(post))) | **\(entry.severity.rawValue)** | \(entry.priority) | _\(quoted)_<br>\(why) |\n"
            }
        }
        let signals = ReportWording.signals(report)
        if !signals.isEmpty {
            out += "\n### Signals\n\n"
            for line in signals { out += "- \(MarkdownEscaper.inline(line))\n" }
        }
        if !report.authors.isEmpty {
            out += "\n### Authors\n\n"
            for author in report.authors { out += "- \(MarkdownEscaper.inline(ReportWording.author(author)))\n" }
        }
        out += "\n### Reply tree\n\n```text\n"
        ReplyTreeDrawing().draw(report) { out += MarkdownEscaper.codeBlock($0) }
        out += "```\n"
    }
}
