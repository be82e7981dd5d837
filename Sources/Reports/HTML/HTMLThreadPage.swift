import Analysis
import ThreadModel

/// The HTML of one thread's part of the report: a header with the counts, the moderation queue,
/// the signals and author summaries, and the reply tree.
///
/// Ids and links carry `idPrefix`, so that several threads can share one page.
struct HTMLThreadPage {
    /// The report drawn.
    let report: ThreadReport
    /// Prepended to every id (`t2-`), empty for a single thread.
    let idPrefix: String
    /// Each post's 1-based rank in the queue, by post index.
    let queueRank: [Int: Int]
    /// Where the part is written.
    var out = ReportOutput()

    init(report: ThreadReport, idPrefix: String) {
        self.report = report
        self.idPrefix = idPrefix
        var rank: [Int: Int] = [:]
        for (offset, entry) in report.queue.enumerated() where rank[entry.post] == nil {
            rank[entry.post] = offset + 1
        }
        queueRank = rank
    }

    /// Writes the thread's part of the page to `output`.
    mutating func write(into output: inout ReportOutput) {
        swap(&out, &output)
        defer { swap(&out, &output) }
        out += "<article class=\"thread\" id=\"\(idPrefix)thread\">\n"
        writeHeader()
        writeCourse()
        writeQueue()
        writeSignals()
        writeTree()
        out += "</article>\n"
    }

    private mutating func writeHeader() {
        let thread = report.thread
        let summary = report.summary
        out += "<header>\n<h1 dir=\"auto\">"
        out += HTMLEscaper.text(thread.title.map { $0.isEmpty ? "Untitled thread" : $0 } ?? "Untitled thread")
        out += "</h1>\n<p class=\"meta\">"
        if report.pages.count > 1 {
            out += "<span title=\"" + HTMLEscaper.attribute(report.pages.joined(separator: "\n")) + "\">"
            out += "\(report.pages.count) pages merged: " + HTMLEscaper.isolated(report.pages[0]) + " …</span>"
        } else {
            out += HTMLEscaper.isolated(report.pages.first ?? thread.source)
        }
        out += " · " + HTMLEscaper.isolated(thread.platform)
        if !thread.warnings.isEmpty {
            out +=
                " · <span title=\"" + HTMLEscaper.attribute(thread.warnings.map(\.description).joined(separator: "\n"))
            out += "\">\(Self.counted(thread.warnings.count, "parse warning"))</span>"
        }
        out += "</p>\n<ul class=\"counts\">"
        out += "<li><b>\(summary.queued)</b>to review</li>"
        out += "<li><b>\(summary.uncivilPosts)</b>uncivil of \(Self.counted(summary.posts, "post"))</li>"
        out += "<li><b>\(summary.participantTargeted)</b>aimed at a participant</li>"
        out += "<li><b>\(summary.authors)</b>\(summary.authors == 1 ? "author" : "authors")</li>"
        let bands = Severity.allCases.reversed().filter { $0 > .none && summary.bySeverity[$0, default: 0] > 0 }
        if bands.isEmpty {
            out += "<li>" + badge(.none, showingNone: true) + " every post</li>"
        } else {
            out +=
                "<li>" + bands.map { "<b>\(summary.bySeverity[$0, default: 0])</b>" + badge($0) }.joined(separator: " ")
                + "</li>"
        }
        out += "</ul>\n</header>\n"
    }

    // MARK: Pieces shared by the sections

    /// An in-page link to post `index`, shown as the forum numbers it: `#3`.
    func postLink(_ index: Int) -> String {
        "<a class=\"num\" href=\"#\(idPrefix)p\(index)\">#\(report.posts[index].post.displayNumber)</a>"
    }

    /// Links to the posts, separated by commas.
    func postLinks(_ indices: [Int]) -> String {
        indices.map(postLink).joined(separator: ", ")
    }

    /// The author of post `index`, isolated for bidirectional text; marked when inferred or unknown.
    func author(of index: Int) -> String {
        guard report.posts.indices.contains(index) else { return authorName(nil) }
        let post = report.posts[index].post
        var html = authorName(post.author)
        if post.author != nil, post.authorInferred {
            html +=
                " <span class=\"inferred\" title=\"named by a quote of this post, not by its header\">(inferred)</span>"
        }
        return html
    }

    /// A name from the page, isolated for bidirectional text.
    func authorName(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return "<span class=\"author inferred\">unknown author</span>" }
        return "<bdi class=\"author\">" + HTMLEscaper.text(name) + "</bdi>"
    }

    /// A severity badge; empty for `none` unless `showingNone`.
    func badge(_ severity: Severity, showingNone: Bool = false) -> String {
        if severity == .none, !showingNone { return "" }
        let label = severity == .none ? "civil" : severity.rawValue
        return "<span class=\"badge sev-\(severity.rawValue)\">\(label)</span>"
    }

    /// `1 post`, `3 posts`; `plural` for nouns that do not just take an `s`.
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }
}
