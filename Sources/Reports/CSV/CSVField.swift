/// RFC 4180 fields, safe against formula injection.
package enum CSVField {
    /// The characters that make a spreadsheet read a cell as a formula when they start it: the
    /// ASCII ones, their fullwidth forms (`＝ ＋ － ＠`, which some spreadsheets fold to ASCII) and
    /// U+2212 MINUS SIGN.
    static let formulaStarts: Set<Character> = [
        "=", "+", "-", "@", "\t", "\r", "\r\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{2212}",
    ]

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")

    /// One field: a cell starting with `= + - @` (or `＝ ＋ － ＠ −`), a tab or a carriage return gets a leading `'`
    /// (OWASP's advice) so that no spreadsheet runs it; then, when it holds a comma, a quote or a
    /// line break, it is quoted with inner quotes doubled.
    package static func escape(_ value: String) -> String {
        var out: [UInt8] = []
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A row: fields escaped, joined by commas, ended by CRLF.
    package static func row(_ fields: [String]) -> String {
        var out: [UInt8] = []
        row(fields, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a row: fields escaped, joined by commas, ended by CRLF.
    package static func row(_ fields: [String], into out: inout [UInt8]) {
        for (offset, field) in fields.enumerated() {
            if offset > 0 { out.append(comma) }
            write(field, into: &out)
        }
        out += [0x0D, 0x0A]
    }

    /// Appends one field, as `escape` makes it, reading bytes: a line break (LF, CR, VT, FF, NEL,
    /// U+2028, U+2029) is always a character of its own, so its bytes decide; a comma or a quote
    /// next to a non-ASCII byte may be part of a larger character (a combining mark after it, a
    /// prepended mark before it), and such a field is read as characters; a first byte that may
    /// start a formula character has its first character looked up.
    /// - Complexity: O(n) in the field's UTF-8 length.
    package static func write(_ value: String, into out: inout [UInt8]) {
        let bytes = value.utf8
        var quoted = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if (byte >= 0x80 && (previous.1 == comma || previous.1 == quote))
                || ((byte == comma || byte == quote) && previous.1 >= 0x80)
            {
                out += byCharacters(value).utf8
                return
            }
            switch byte {
            case comma, quote, 0x0A...0x0D: quoted = true
            case 0x85 where previous.1 == 0xC2: quoted = true
            case 0xA8,
                0xA9 where previous == (0xE2, 0x80):
                quoted = true
            default: break
            }
            previous = (previous.1, byte)
        }
        let defused =
            bytes.first.map(startsFormula) == true && value.first.map(formulaStarts.contains) == true
        if quoted { out.append(quote) }
        if defused { out.append(UInt8(ascii: "'")) }
        if quoted {
            for byte in bytes {
                out.append(byte)
                if byte == quote { out.append(quote) }
            }
            out.append(quote)
        } else {
            out += bytes
        }
    }

    /// Whether a field starting with `byte` may start with a formula character (whose character
    /// is then looked up).
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, 0xEF, 0xE2: true
        default: false
        }
    }

    /// `escape` read character by character: the reference the byte path follows, and the path
    /// for a comma or a quote that carries a combining mark (then not a separator or a quote).
    static func byCharacters(_ value: String) -> String {
        var text = value
        if let first = text.first, formulaStarts.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}
