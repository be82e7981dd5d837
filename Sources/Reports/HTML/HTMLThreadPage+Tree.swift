import Analysis
import Foundation
import ThreadModel

extension HTMLThreadPage {
    /// Replies nest this many levels deep; deeper replies are listed flat at the last level, each
    /// still naming the post it answers.
    static let maximumNesting = 6
    /// A civil post longer than this many UTF-8 bytes shows an excerpt and folds the rest, whatever
    /// evidence it holds (a civil post's evidence is only rules and weak cues).
    static let foldingLength = 900
    /// The excerpt of a folded post is about this long, cut at a line break or a space.
    static let excerptLength = 420

    /// The thread as an indented reply tree, from the opening post.
    mutating func writeTree() {
        out += "<section aria-labelledby=\"\(idPrefix)tree\">\n"
        out += "<h2 id=\"\(idPrefix)tree\">Thread</h2>\n"
        out += "<p class=\"legend\">Replies are indented under the post they answer. ↑ supports · ↓ denies ·"
        out += " ? questions · <mark>highlighted</mark> words fired a lexicon entry,"
        out += " <mark class=\"rule\">dotted</mark> words a rule weighed (target, booster, negation); hover for which."
        out += " Long civil posts are folded.</p>\n"
        guard !report.posts.isEmpty else {
            out += "<p class=\"empty\">The page has no posts.</p>\n</section>\n"
            return
        }
        var written = [Bool](repeating: false, count: report.posts.count)
        out += "<ol class=\"tree\">\n"
        writeNode(0, level: 0, written: &written)
        for index in report.posts.indices where !written[index] {
            writeNode(index, level: 0, written: &written)
        }
        out += "</ol>\n</section>\n"
    }

    private func children(of index: Int) -> [Int] {
        report.posts[index].children.filter { report.posts.indices.contains($0) }
    }

    private mutating func writeNode(_ index: Int, level: Int, written: inout [Bool]) {
        guard !written[index] else { return }
        written[index] = true
        out += "<li>"
        writePost(index)
        let replies = children(of: index).filter { !written[$0] }
        guard !replies.isEmpty else {
            out += "</li>\n"
            return
        }
        out += "\n<ol class=\"replies\">\n"
        if level + 1 < Self.maximumNesting {
            for reply in replies { writeNode(reply, level: level + 1, written: &written) }
        } else {
            var stack = Array(replies.reversed())
            while let next = stack.popLast() {
                guard !written[next] else { continue }
                written[next] = true
                out += "<li>"
                writePost(next)
                out += "</li>\n"
                stack.append(contentsOf: children(of: next).reversed())
            }
        }
        out += "</ol>\n</li>\n"
    }

    private mutating func writePost(_ index: Int) {
        let postReport = report.posts[index]
        let post = postReport.post
        out += "<article class=\"post sev-\(postReport.severity.rawValue)\" id=\"\(idPrefix)p\(index)\">\n"
        out += "<div class=\"post-head\">" + postLink(index) + " " + author(of: index)
        if let time = post.timestamp, !time.isEmpty {
            out += "<bdi class=\"time\">" + HTMLEscaper.text(time) + "</bdi>"
        }
        if let edge = postReport.parent {
            if let stance = postReport.analysis.replyStance {
                out += HTMLStance.html(stance.stance, parentLink: postLink(edge.to), cues: stance.cues)
            } else {
                out += "<span class=\"stance stance-comment\">answers " + postLink(edge.to) + "</span>"
            }
            out += edgeNote(edge)
        }
        out += badge(postReport.severity)
        if let rank = queueRank[index] {
            out += "<a href=\"#\(idPrefix)q\(rank)\">queue \(rank)</a>"
        }
        out += "</div>\n"
        for quote in post.quotes { writeQuote(quote) }
        writeText(of: postReport)
        if !post.reactions.isEmpty {
            out += "<ul class=\"reactions\" aria-label=\"reactions\">"
            for reaction in post.reactions {
                out += "<li><bdi>" + HTMLEscaper.text(reaction.name) + "</bdi> \(reaction.count)</li>"
            }
            out += "</ul>\n"
        }
        if !post.attachments.isEmpty {
            out +=
                "<p class=\"meta\">Attached: " + post.attachments.map(HTMLEscaper.isolated).joined(separator: ", ")
                + "</p>\n"
        }
        out += "</article>\n"
    }

    /// How the post was linked to its parent: the kind, the reply latency, and in the tooltip
    /// the confidence and the evidence.
    private func edgeNote(_ edge: ReplyEdge) -> String {
        let confidence = Int((edge.confidence * 100).rounded())
        let title = "linked by \(edge.kind.rawValue), confidence \(confidence)%: " + edge.evidence
        var note = "via \(edge.kind.rawValue)"
        if let latency = edge.latency { note += ", " + Self.duration(latency) + " later" }
        return "<span class=\"edge\" title=\"" + HTMLEscaper.attribute(title) + "\">" + note + "</span>"
    }

    private mutating func writeQuote(_ quote: Quote) {
        out += "<blockquote class=\"quote\"><div class=\"quote-head\">"
        var head: [String] = []
        if let author = quote.author, !author.isEmpty { head.append(authorName(author) + " said") }
        if let time = quote.time, !time.isEmpty { head.append(HTMLEscaper.isolated(time)) }
        if let source = quote.postIndex, report.posts.indices.contains(source) {
            head.append("from " + postLink(source))
        }
        out += head.isEmpty ? "Quote" : head.joined(separator: " · ")
        out += "</div><p dir=\"auto\">" + HTMLEscaper.text(quote.text) + "</p></blockquote>\n"
    }

    private mutating func writeText(of postReport: PostReport) {
        let body = postReport.post.body
        let spans = postReport.analysis.incivility.evidence.map { evidence in
            HTMLHighlighter.Span(
                start: evidence.start, end: evidence.end, label: Self.label(evidence),
                emphasis: evidence.source == .entry ? .entry : .rule
            )
        }
        if postReport.severity == .none, body.utf8.count > Self.foldingLength {
            let excerpt = Self.excerpt(of: body)
            let words = body.split(whereSeparator: \.isWhitespace).count
            out += "<div class=\"text excerpt\" dir=\"auto\">" + HTMLEscaper.text(excerpt) + " …</div>\n"
            out +=
                "<details class=\"more\"><summary><span class=\"hint-closed\">Show the whole post (\(words) words)</span>"
            out += "<span class=\"hint-open\">Hide the whole post</span></summary>\n"
            out += "<div class=\"text\" dir=\"auto\">" + HTMLHighlighter(text: body).html(marking: spans) + "</div>\n"
            out += "</details>\n"
            return
        }
        guard !body.isEmpty else { return }
        out += "<div class=\"text\" dir=\"auto\">" + HTMLHighlighter(text: body).html(marking: spans) + "</div>\n"
    }

    /// The tooltip of a highlighted span: the category, the entry or rule, where it is defined,
    /// and what it did to the score.
    static func label(_ evidence: Evidence) -> String {
        var parts: [String] = []
        if let category = evidence.category, !category.isEmpty { parts.append(category) }
        parts.append(evidence.source == .entry ? "entry “\(evidence.name)”" : "rule “\(evidence.name)”")
        if let origin = evidence.origin, !origin.isEmpty { parts.append(origin) }
        let amount = (abs(evidence.contribution) * 100).rounded() / 100
        let shown = String(format: "%.2f", amount)
        parts.append(evidence.contribution >= 0 ? "score +\(shown)" : "score −\(shown)")
        return parts.joined(separator: " · ")
    }

    /// The start of a long text, about `excerptLength` bytes: cut at the last line break when that
    /// keeps at least half of it, else at the last space.
    static func excerpt(of text: String) -> String {
        var length = 0
        var cut = text.endIndex
        var lastSpace: String.Index?
        var lastLine: String.Index?
        for index in text.indices {
            let character = text[index]
            if length >= excerptLength {
                cut = index
                break
            }
            if character.isNewline, length >= excerptLength / 2 { lastLine = index }
            if character.isWhitespace { lastSpace = index }
            length += character.utf8.count
        }
        if cut == text.endIndex {
            return text[...].trimmingTrailingWhitespace()
        } else if let lastLine {
            cut = lastLine
        } else if let lastSpace, text.distance(from: lastSpace, to: cut) < 80 {
            cut = lastSpace
        }
        return text[..<cut].trimmingTrailingWhitespace()
    }

    /// `45 s`, `8 min`, `3 h`, `2 days`.
    static func duration(_ seconds: Int) -> String {
        switch seconds {
        case ..<60: "\(seconds) s"
        case ..<3600: "\(seconds / 60) min"
        case ..<86400: "\(seconds / 3600) h"
        default: counted(seconds / 86400, "day")
        }
    }
}

extension Substring {
    /// The text without trailing spaces and line breaks.
    fileprivate func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
