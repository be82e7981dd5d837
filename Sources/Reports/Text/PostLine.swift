import Analysis
import ThreadModel

/// The short forms a post takes on one line: badge, stance arrow, author, first words.
package enum PostLine {
    /// The severity badge: `[HIGH]`, `[MED]`, `[LOW]`, `[ok]`.
    package static func badge(_ severity: Severity) -> String {
        switch severity {
        case .high: "[HIGH]"
        case .medium: "[MED]"
        case .low: "[LOW]"
        case .none: "[ok]"
        }
    }

    /// The stance toward the parent: `↑` support, `↓` deny, `?` query, `·` comment; empty without one.
    package static func stanceMark(_ stance: ReplyStance?) -> String {
        switch stance {
        case .support: "↑"
        case .deny: "↓"
        case .query: "?"
        case .comment: "·"
        case nil: ""
        }
    }

    /// The author, or `(no name)` when the page does not show one (control characters removed).
    package static func author(_ post: Post) -> String {
        post.author.map(clean) ?? "(no name)"
    }

    /// Page content made safe for one line of a terminal: runs of white space collapsed to one
    /// space, control characters (escape sequences) removed, bidirectional controls shown as
    /// markers (`[RLO]`).
    package static func clean(_ text: String) -> String {
        firstWords(text, limit: Int.max)
    }

    /// The first `limit` characters of the text with runs of white space collapsed to one space,
    /// control characters removed, bidirectional controls shown as markers (`[RLO]`, counted as
    /// one character), and `…` when cut.
    package static func firstWords(_ text: String, limit: Int = 60) -> String {
        var out = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            // What the character shows as: its bidirectional controls as markers, its control
            // characters removed (nothing, when that is all it is).
            let shown = String(
                String.UnicodeScalarView(BidiControl.visible(character).unicodeScalars.filter { !isUnsafe($0) }))
            guard !shown.isEmpty else { continue }
            if count == limit { return out + "…" }
            if pendingSpace {
                out.append(" ")
                count += 1
                pendingSpace = false
                if count == limit { return out + "…" }
            }
            out += shown
            count += 1
        }
        return out
    }

    /// A control character (escape sequences), which could make a terminal line lie about its content.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    /// How an edge reads in brackets: `quote 0.95, 8 min`, `cue "Yeah" 0.50`.
    package static func edge(_ edge: ReplyEdge) -> String {
        var text = edge.kind == .postReference ? "post number" : edge.kind.rawValue
        text += " " + confidence(edge.confidence)
        if let latency = edge.latency { text += ", " + duration(latency) }
        return text
    }

    /// `0.95`.
    package static func confidence(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// `45 s`, `8 min`, `3 h`, `2 d`.
    package static func duration(_ seconds: Int) -> String {
        switch seconds {
        case ..<60: "\(seconds) s"
        case ..<3600: "\(seconds / 60) min"
        case ..<86_400: "\(seconds / 3600) h"
        default: "\(seconds / 86_400) d"
        }
    }
}
