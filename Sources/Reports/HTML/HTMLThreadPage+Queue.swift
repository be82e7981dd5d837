import Analysis

extension HTMLThreadPage {
    /// How many characters of the post a queue card shows.
    static let queueExcerptLength = 160

    /// The moderation queue: one card per entry, highest priority first, with the reasons in words
    /// and the words that fired quoted.
    mutating func writeQueue() {
        out += "<section aria-labelledby=\"\(idPrefix)queue\">\n"
        out += "<h2 id=\"\(idPrefix)queue\">Moderation queue</h2>\n"
        guard !report.queue.isEmpty else {
            out += "<p class=\"empty\">Nothing to review: no post reached the queue.</p>\n</section>\n"
            return
        }
        out += "<ol class=\"queue\">\n"
        for (offset, entry) in report.queue.enumerated() {
            writeEntry(entry, rank: offset + 1)
        }
        out += "</ol>\n</section>\n"
    }

    private mutating func writeEntry(_ entry: QueueEntry, rank: Int) {
        let parts = entry.breakdown
        let breakdown =
            "severity \(parts.severity) + participant \(parts.participant) + amplification \(parts.amplification)"
            + " + escalation \(parts.escalation) = \(parts.total)"
        out += "<li class=\"entry sev-\(entry.severity.rawValue)\" id=\"\(idPrefix)q\(rank)\">\n"
        out += "<div class=\"entry-head\"><span class=\"rank\">\(rank).</span> " + postLink(entry.post) + " "
        out += author(of: entry.post) + " " + badge(entry.severity, showingNone: true)
        if let marks = report.baseline, marks.queueEntryIsNew.indices.contains(rank - 1) {
            out +=
                marks.queueEntryIsNew[rank - 1]
                ? " <span class=\"baseline new\">new</span>" : " <span class=\"baseline\">seen before</span>"
        }
        out += "<span class=\"priority\" title=\"\(breakdown)\">"
        out += "<meter min=\"0\" max=\"100\" low=\"34\" high=\"67\" optimum=\"0\" value=\"\(entry.priority)\">"
        out += "\(entry.priority)</meter>priority \(entry.priority)</span></div>\n"
        if report.posts.indices.contains(entry.post) {
            let start = PostLine.firstWords(report.posts[entry.post].post.body, limit: Self.queueExcerptLength)
            if !start.isEmpty { out += "<p class=\"start\" dir=\"auto\">“" + HTMLEscaper.text(start) + "”</p>\n" }
        }
        if !entry.reasons.isEmpty {
            out += "<ul class=\"reasons\">"
            for reason in entry.reasons { out += "<li dir=\"auto\">" + HTMLEscaper.text(reason) + "</li>" }
            out += "</ul>\n"
        }
        if !entry.evidence.isEmpty {
            out += "<ul class=\"evidence\" aria-label=\"words that fired\">"
            for words in entry.evidence { out += "<li dir=\"auto\">" + HTMLEscaper.text(words) + "</li>" }
            out += "</ul>\n"
        }
        out += "</li>\n"
    }
}
