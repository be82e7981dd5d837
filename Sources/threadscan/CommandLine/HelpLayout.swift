/// How help text is laid out: rows of a name and its help, wrapped at 80 columns.
enum HelpLayout {
    /// The width help is wrapped to.
    static let width = 80
    /// Where the help column starts.
    static let helpColumn = 26

    /// `  NAME                    help…`, the help wrapped under itself; a name too long for its
    /// column puts the help on the next line.
    static func row(_ name: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: helpColumn)
        let lines = wrap(help, width: width - helpColumn)
        var text = "  " + name
        if name.count + 2 < helpColumn - 1 {
            text += String(repeating: " ", count: helpColumn - 2 - name.count)
        } else {
            text += "\n" + indent
        }
        text += lines.joined(separator: "\n" + indent)
        return text + "\n"
    }

    /// `USAGE: threadscan scan <path> ... [--format <format>] …`, wrapped with continuation lines
    /// indented under the command.
    static func usage(_ line: String) -> String {
        let lead = "USAGE: "
        let lines = wrap(line, width: width - lead.count - 2)
        return lead + lines.joined(separator: "\n" + String(repeating: " ", count: lead.count + 2))
    }

    /// `text` broken into lines of at most `width` characters at spaces (a longer word stays
    /// whole); a bracketed option (`[--format <format>]`) is never split.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in units(text) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = word
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The words of `text`, a `[…]` group kept as one.
    private static func units(_ text: String) -> [String] {
        var units: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            if character == " ", depth == 0 {
                if !current.isEmpty { units.append(current) }
                current = ""
                continue
            }
            if character == "[" { depth += 1 }
            if character == "]" { depth = max(0, depth - 1) }
            current.append(character)
        }
        if !current.isEmpty { units.append(current) }
        return units
    }
}
