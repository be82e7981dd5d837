import Analysis

extension HTMLThreadPage {
    /// The thread signals (escalation, pile-ons, heated exchanges, amplification) as compact cards,
    /// then one row per author.
    mutating func writeSignals() {
        let signals = report.signals
        out += "<section aria-labelledby=\"\(idPrefix)signals\">\n"
        out += "<h2 id=\"\(idPrefix)signals\">How the thread turned</h2>\n"
        var cards: [(title: String, items: [String])] = []
        if !signals.escalations.isEmpty {
            cards.append(("Escalation", signals.escalations.map(describe)))
        }
        if !signals.pileOns.isEmpty {
            cards.append(("Pile-on", signals.pileOns.map(describe)))
        }
        if !signals.heatedExchanges.isEmpty {
            cards.append(("Heated exchange", signals.heatedExchanges.map(describe)))
        }
        if !signals.amplifications.isEmpty {
            cards.append(("Amplified by reactions", signals.amplifications.map(describe)))
        }
        if cards.isEmpty {
            out += "<p class=\"empty\">No escalation, pile-on, heated exchange or amplified post.</p>\n"
        } else {
            out += "<div class=\"signals\">\n"
            for card in cards {
                out += "<div class=\"signal\"><h3>\(card.title)</h3><ul>"
                for item in card.items { out += "<li>" + item + "</li>" }
                out += "</ul></div>\n"
            }
            out += "</div>\n"
        }
        writeAuthors()
        out += "</section>\n"
    }

    private mutating func writeAuthors() {
        guard !report.authors.isEmpty else { return }
        out += "<h3>Authors</h3>\n<div class=\"table-wrap\"><table>\n"
        out += "<thead><tr><th>Author</th><th>Posts</th><th>Uncivil</th><th>Harshest</th>"
        out += "<th>Aimed at</th><th>Uncivil toward</th><th>Stance to parent</th></tr></thead>\n<tbody>\n"
        for summary in report.authors {
            out += "<tr><td>" + authorName(summary.author) + "</td>"
            out += "<td class=\"num\">" + postLinks(summary.posts) + "</td>"
            out +=
                "<td class=\"num\">" + (summary.uncivilPosts.isEmpty ? "–" : postLinks(summary.uncivilPosts)) + "</td>"
            out += "<td>" + badge(summary.maxSeverity, showingNone: true) + "</td>"
            let targets = TargetKind.allCases.compactMap { kind in
                summary.targets[kind].flatMap { $0 > 0 ? "\(kind.rawValue) \($0)" : nil }
            }
            out += "<td>" + (targets.isEmpty ? "–" : targets.joined(separator: ", ")) + "</td>"
            out +=
                "<td>"
                + (summary.uncivilTowards.isEmpty
                    ? "–" : summary.uncivilTowards.map(authorName).joined(separator: ", "))
            out += "</td><td>" + stanceCounts(summary.stances) + "</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
    }

    private func stanceCounts(_ stances: [ReplyStance: Int]) -> String {
        let shown = ReplyStance.allCases.compactMap { stance -> String? in
            guard let count = stances[stance], count > 0 else { return nil }
            return "<span class=\"stance stance-\(stance.rawValue)\" title=\"\(stance.rawValue)\">"
                + "\(HTMLStance.symbol(stance)) \(count)</span>"
        }
        return shown.isEmpty ? "–" : shown.joined(separator: " ")
    }

    private func describe(_ escalation: Escalation) -> String {
        switch escalation.kind {
        case .turnedUncivil:
            let before = escalation.civilRepliesBefore
            return postLink(escalation.post) + " by " + author(of: escalation.post) + " turned the exchange uncivil "
                + badge(escalation.to, showingNone: true)
                + (before > 0 ? " after " + Self.counted(before, "civil reply", plural: "civil replies") : "")
        case .intensified:
            return postLink(escalation.post) + " by " + author(of: escalation.post) + " went from "
                + badge(escalation.from, showingNone: true) + " to " + badge(escalation.to, showingNone: true)
                + " replying to " + postLink(escalation.parent)
        }
    }

    private func describe(_ pileOn: PileOn) -> String {
        let target: String
        switch pileOn.target {
        case .post(let index): target = postLink(index) + " by " + author(of: index)
        case .author(let name): target = authorName(name)
        }
        var text = Self.counted(pileOn.replies.count, "uncivil reply", plural: "uncivil replies")
        text += " to " + target + ": " + postLinks(pileOn.replies)
        if !pileOn.authors.isEmpty {
            text += " from " + pileOn.authors.map(authorName).joined(separator: ", ")
        }
        return text
    }

    private func describe(_ exchange: HeatedExchange) -> String {
        exchange.authors.map(authorName).joined(separator: " ⇄ ") + ": " + postLinks(exchange.posts)
    }

    private func describe(_ amplification: Amplification) -> String {
        postLink(amplification.post) + " by " + author(of: amplification.post) + ": "
            + amplification.reactions.map(HTMLEscaper.isolated).joined(separator: ", ")
    }
}
