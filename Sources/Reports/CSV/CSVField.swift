/// RFC 4180 fields, safe against formula injection.
package enum CSVField {
    /// The characters that make a spreadsheet read a cell as a formula when they start it: the
    /// ASCII ones, their fullwidth forms (`＝ ＋ － ＠`, which some spreadsheets fold to ASCII) and
    /// U+2212 MINUS SIGN.
    static let formulaStarts: Set<Character> = [
        "=", "+", "-", "@", "\t", "\r", "\r\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{2212}",
    ]

    /// One field: a cell starting with `= + - @` (or `＝ ＋ － ＠ −`), a tab or a carriage return gets a leading `'`
    /// (OWASP's advice) so that no spreadsheet runs it; then, when it holds a comma, a quote or a
    /// line break, it is quoted with inner quotes doubled.
    package static func escape(_ value: String) -> String {
        var text = value
        if let first = text.first, formulaStarts.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// A row: fields escaped, joined by commas, ended by CRLF.
    package static func row(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }
}
