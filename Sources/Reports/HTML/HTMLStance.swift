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

    /// The badge for a post's stance toward post `parent`, `parentLink` being its link.
    static func html(_ stance: ReplyStance, parentLink: String) -> String {
        let verb: String
        switch stance {
        case .support: verb = "supports"
        case .deny: verb = "denies"
        case .query: verb = "questions"
        case .comment: verb = "comments on"
        }
        return "<span class=\"stance stance-\(stance.rawValue)\">\(symbol(stance)) \(verb) \(parentLink)</span>"
    }
}
