import Analysis

/// The reply tree drawn with `├─ └─`, one post a line: index, author, stance toward the parent,
/// severity badge, first words, and the edge that links it to its parent.
///
/// ```
/// #0 (no name) [ok] A report on a treaty between two governments.
/// └─ #1 (no name) [LOW] The villains unite. …  (thread 0.10)
///    └─ #2 writer ↑ [HIGH] Yeah both regimes are rotten …  (cue 0.50)
/// ```
/// Indentation stops growing past `maxIndent` levels, so a very deep chain stays readable.
package struct ReplyTreeDrawing: Sendable {
    /// The deepest level drawn with its own indentation.
    package static let maxIndent = 24

    /// Whether to colour the badges.
    package var color: Bool

    /// Creates a drawing.
    package init(color: Bool = false) {
        self.color = color
    }

    /// The tree of `report`, one line per post, each ending in a newline.
    /// - Complexity: O(n) in the number of posts (times the capped indentation).
    package func draw(_ report: ThreadReport) -> String {
        var out = ""
        draw(report) { out += $0 }
        return out
    }

    /// Hands the tree of `report` to `line` one line at a time, each ending in a newline, so
    /// that a long thread's tree is never held whole.
    /// - Complexity: O(n) in the number of posts (times the capped indentation).
    package func draw(_ report: ThreadReport, line write: (String) -> Void) {
        guard !report.posts.isEmpty else { return write("(no posts)\n") }
        let style = TextStyle(color: color)
        // (post, prefix for its own line, prefix for its children's lines)
        var stack: [(Int, String, String)] = [(0, "", "")]
        while let (index, linePrefix, childPrefix) = stack.popLast() {
            let report = report.posts[index]
            write(linePrefix + line(report, style: style) + "\n")
            let deep = report.depth >= Self.maxIndent
            for (position, child) in report.children.enumerated().reversed() {
                let last = position == report.children.count - 1
                if deep {
                    stack.append((child, childPrefix + "↳ ", childPrefix))
                } else {
                    stack.append((child, childPrefix + (last ? "└─ " : "├─ "), childPrefix + (last ? "   " : "│  ")))
                }
            }
        }
    }

    private func line(_ report: PostReport, style: TextStyle) -> String {
        var parts = ["#\(report.post.displayNumber)", PostLine.author(report.post)]
        let mark = PostLine.stanceMark(report.replyStance)
        if !mark.isEmpty { parts.append(mark) }
        parts.append(style.severity(PostLine.badge(report.severity), report.severity))
        let words = PostLine.firstWords(report.post.body)
        if !words.isEmpty { parts.append(words) }
        var text = parts.joined(separator: " ")
        if let edge = report.parent { text += "  " + style.dim("(\(PostLine.edge(edge)))") }
        return text
    }
}
