import Analysis
import ThreadModel

/// Sentences shared by the text and Markdown reports.
enum ReportWording {
    /// ` · new` or ` · seen before` for the queue entry at `queueRank` (0-based) when the report has
    /// a baseline; empty otherwise.
    static func baseline(_ report: ThreadReport, queueRank: Int) -> String {
        guard let marks = report.baseline, marks.queueEntryIsNew.indices.contains(queueRank) else { return "" }
        return marks.queueEntryIsNew[queueRank] ? " · new" : " · seen before"
    }
    /// `merged 2 pages by canonical URL: a.html, b.html`.
    static func merge(_ merge: PageMerge) -> String {
        let reason =
            switch merge.by {
            case .canonicalURL: "canonical URL"
            case .threadID: "thread id"
            case .title: "folder, platform and title"
            case .forced: "--merge"
            }
        return "merged \(merge.pages.count) pages by \(reason): \(merge.pages.joined(separator: ", "))"
    }

    /// `4 posts · 3 uncivil (1 high, 0 medium, 2 low) · 3 in the queue · 2 authors`.
    static func counts(_ summary: ReportSummary) -> String {
        let bands = [Severity.high, .medium, .low].map { "\(summary.bySeverity[$0] ?? 0) \($0.rawValue)" }
        return
            "\(plural(summary.posts, "post")) · \(summary.uncivilPosts) uncivil (\(bands.joined(separator: ", "))) · "
            + "\(summary.queued) in the queue · \(plural(summary.authors, "named author"))"
    }

    /// One sentence per signal, in the order escalations, pile-ons, heated exchanges, amplifications.
    static func signals(_ report: ThreadReport) -> [String] {
        var lines: [String] = []
        for escalation in report.signals.escalations {
            switch escalation.kind {
            case .turnedUncivil:
                lines.append(
                    "Turned uncivil at post \(number(report, escalation.post)) (\(escalation.to.rawValue)), replying to civil post \(number(report, escalation.parent))"
                        + (escalation.civilRepliesBefore > 0
                            ? " after \(plural(escalation.civilRepliesBefore, "civil reply", "civil replies"))" : ""))
            case .intensified:
                lines.append(
                    "Escalated at post \(number(report, escalation.post)): \(escalation.from.rawValue) → \(escalation.to.rawValue) over post \(number(report, escalation.parent))"
                )
            }
        }
        for pileOn in report.signals.pileOns {
            let target =
                switch pileOn.target {
                case .post(let index):
                    "post \(number(report, index))" + (report.posts[index].post.author.map { " by \($0)" } ?? "")
                case .author(let name): name
                }
            lines.append(
                "Pile-on against \(target): \(plural(pileOn.replies.count, "uncivil reply", "uncivil replies")) (posts \(list(report, pileOn.replies)))"
            )
        }
        for exchange in report.signals.heatedExchanges {
            lines.append(
                "Heated exchange between \(exchange.authors.joined(separator: " and ")): posts \(list(report, exchange.posts))"
            )
        }
        for amplification in report.signals.amplifications {
            lines.append(
                "Amplified: post \(number(report, amplification.post)) (\(amplification.reactions.joined(separator: ", ")))"
            )
        }
        return lines
    }

    /// `ana: 3 posts, 2 uncivil (max high), uncivil towards ben`.
    static func author(_ summary: AuthorSummary) -> String {
        var text = "\(summary.author): \(plural(summary.posts.count, "post")), \(summary.uncivilPosts.count) uncivil"
        if summary.maxSeverity > .none { text += " (max \(summary.maxSeverity.rawValue))" }
        if !summary.uncivilTowards.isEmpty {
            text += ", uncivil towards \(summary.uncivilTowards.joined(separator: ", "))"
        }
        let stances = ReplyStance.allCases.compactMap { stance in
            summary.stances[stance].map { "\($0) \(stance.rawValue)" }
        }
        if !stances.isEmpty { text += "; stance: \(stances.joined(separator: ", "))" }
        return text
    }

    static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    /// Posts `indices` as the forum numbers them: `#2, #5`.
    static func list(_ report: ThreadReport, _ indices: [Int]) -> String {
        indices.map { number(report, $0) }.joined(separator: ", ")
    }

    /// Post `index` as the forum numbers it (``Post/displayNumber``): `#3` for the third post.
    static func number(_ report: ThreadReport, _ index: Int) -> String {
        "#\(report.posts[index].post.displayNumber)"
    }
}
