import Analysis

/// How the HTML report shows a post's stance toward its parent.
enum HTMLStance {
    /// The symbol: ↑ support, ↓ deny, ? query, · comment.
    static func symbol(_ stance: ReplyStance) -> String {
        switch stance {
        case .support: "↑"
        case .deny: "↓"
        case .query: "?"
        case .comment: "·"
        }
    }

    /// The badge for a post's stance toward its parent, `parentLink` being the parent's link; its
    /// tooltip names the cues that pushed toward it (with learned weights, the features whose
    /// contribution is positive, the bias left out).
    static func html(_ stance: ReplyStance, parentLink: String, cues: [Evidence] = []) -> String {
        let verb: String
        switch stance {
        case .support: verb = "supports"
        case .deny: verb = "denies"
        case .query: verb = "questions"
        case .comment: verb = "comments on"
        }
        let described = cues.filter {
            $0.contribution > 0 && !($0.source == .rule && $0.text.isEmpty && $0.name == "bias")
        }.map { cue in
            cue.source == .entry ? "“\(cue.text)”" + (cue.origin.map { " (\($0))" } ?? "") : "rule \(cue.name)"
        }
        let title =
            described.isEmpty
            ? "" : " title=\"" + HTMLEscaper.attribute("cues: " + described.joined(separator: ", ")) + "\""
        return "<span class=\"stance stance-\(stance.rawValue)\"\(title)>\(symbol(stance)) \(verb) \(parentLink)</span>"
    }
}
