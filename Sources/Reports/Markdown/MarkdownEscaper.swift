/// Makes page content inert in Markdown (CommonMark and GitHub-flavoured renderers).
package enum MarkdownEscaper {
    /// Text for a paragraph, a list item or a table cell: emphasis, code, link and table
    /// punctuation backslash-escaped; `<` `>` `&` as entities (no HTML, no autolinks); `@` as an
    /// entity so that it pings nobody; line breaks as spaces; a leading `#` `+` `-` escaped so that
    /// the text cannot start a heading or a list; bidirectional controls shown as markers (`[RLO]`).
    package static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out.append("\\")
                out.append(character)
            case "#" where out.isEmpty, "+" where out.isEmpty, "-" where out.isEmpty:
                out.append("\\")
                out.append(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "@": out += "&#64;"
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            case _ where BidiControl.contains(character):
                out += BidiControl.visible(character).replacingOccurrences(of: "[", with: "\\[")
                    .replacingOccurrences(of: "]", with: "\\]")
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for an inline code span: backticks and line breaks replaced, bidirectional controls
    /// shown as markers.
    package static func code(_ text: String) -> String {
        text.map { $0 == "`" ? "'" : ($0.isNewline ? " " : BidiControl.visible($0)) }.joined()
    }

    /// Text for a fenced code block: no line can close the fence; bidirectional controls shown as markers.
    package static func codeBlock(_ text: String) -> String {
        text.map { $0 == "`" ? "′" : BidiControl.visible($0) }.joined()
    }
}
