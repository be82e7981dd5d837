import Analysis
import ThreadModel

/// Writes one self-contained HTML page: per thread, the moderation queue first, then the thread
/// signals and author summaries, then the thread as an indented reply tree with the evidence
/// highlighted.
///
/// The page loads nothing and runs nothing: inline CSS allowed by a hash in a strict
/// Content-Security-Policy, no script, no images, no links out. Every piece of page content goes
/// through `HTMLEscaper`; evidence is highlighted by `HTMLHighlighter`, which slices the post's
/// UTF-8 safely whatever the offsets. Folding (long civil posts) uses `<details>`, so the page
/// works without JavaScript. `options.minimumSeverity` does not apply: the tree keeps every post
/// as context for the ones in the queue.
public struct HTMLReporter: WrittenReporter {
    /// The page's `<title>`.
    static let pageTitle = "threadscan moderation report"

    public let name = "html"

    /// Creates the reporter.
    public init() {}

    public func prologue(threadCount: Int, options: ReportOptions) -> String {
        let css = HTMLStyleSheet.css
        let policy = ContentSecurityPolicy(styleSheet: css)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLEscaper.attribute(policy.value))">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            \(ReportSignature.htmlGenerator)
            <title>\(Self.pageTitle)</title>
            <style>\(css)</style>
            </head>
            <body>
            <main>

            """
    }

    public var hasIndex: Bool { true }

    /// `Threads, harshest first`: one line per thread with its badge, title, counts and a link.
    public func index(_ entries: [ThreadIndexEntry], options: ReportOptions) -> String {
        var out = "<nav aria-labelledby=\"index\">\n<h2 id=\"index\">\(entries.count) threads, harshest first</h2>\n"
        out += "<ol class=\"index\">\n"
        for entry in ThreadIndexEntry.harshestFirst(entries) {
            let label = entry.maxSeverity == .none ? "civil" : entry.maxSeverity.rawValue
            out +=
                "<li class=\"sev-\(entry.maxSeverity.rawValue)\"><span class=\"badge sev-\(entry.maxSeverity.rawValue)\">\(label)</span> "
            out += "<a href=\"#t\(entry.position + 1)-thread\" dir=\"auto\">"
            out +=
                HTMLEscaper.text(entry.title.map { $0.isEmpty ? "Untitled thread" : $0 } ?? "Untitled thread") + "</a>"
            out += " <span class=\"meta\">" + HTMLEscaper.text(entry.counts)
            if entry.topPriority > 0 { out += ", top priority \(entry.topPriority)" }
            out += " · " + HTMLEscaper.isolated(entry.pages.first ?? "") + "</span></li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    /// Writes the thread's part of the page to `out`.
    package func write(
        _ report: ThreadReport, position: Int, threadCount: Int, options: ReportOptions, into out: inout ReportOutput
    ) {
        var page = HTMLThreadPage(report: report, idPrefix: threadCount > 1 ? "t\(position + 1)-" : "")
        page.write(into: &out)
    }

    public func epilogue(threadCount: Int, options: ReportOptions) -> String {
        threadCount == 0
            ? "<p class=\"empty\">No threads.</p>\n</main>\n</body>\n</html>\n" : "</main>\n</body>\n</html>\n"
    }
}
