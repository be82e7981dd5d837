/// A block of MIME headers (RFC 5322 / 2045): folded lines joined, names compared without case.
struct MIMEHeaders: Equatable {
    /// The headers in order, names lowercased.
    var fields: [(name: String, value: String)] = []
    /// Where the body after the headers starts (past the blank line), or the end of the input when
    /// the block is cut short.
    var bodyStart: Int
    /// Whether the block ended with a blank line; `false` when the input ended first.
    var complete: Bool

    static func == (lhs: MIMEHeaders, rhs: MIMEHeaders) -> Bool {
        lhs.bodyStart == rhs.bodyStart && lhs.complete == rhs.complete
            && lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Reads the header block at `start` of `bytes`, up to the first empty line or `end`.
    /// - Complexity: O(n) in the block's length.
    init(_ bytes: [UInt8], from start: Int, to end: Int) {
        var lines: [String] = []
        var index = start
        var complete = false
        while index < end {
            var lineEnd = index
            while lineEnd < end && bytes[lineEnd] != MIMEByte.lineFeed { lineEnd += 1 }
            let next = min(lineEnd + 1, end)
            var contentEnd = lineEnd
            if contentEnd > index && bytes[contentEnd - 1] == MIMEByte.carriageReturn { contentEnd -= 1 }
            if contentEnd == index && lineEnd < end {
                index = next
                complete = true
                break
            }
            let line = String(decoding: bytes[index..<contentEnd], as: UTF8.self)
            if let first = bytes[index..<contentEnd].first, first == MIMEByte.space || first == MIMEByte.tab,
                !lines.isEmpty
            {
                lines[lines.count - 1] += " " + line.trimmingASCIISpace()
            } else {
                lines.append(line)
            }
            index = next
        }
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields.append(
                (
                    line[..<colon].trimmingASCIISpace().lowercased(),
                    line[line.index(after: colon)...].trimmingASCIISpace()
                )
            )
        }
        bodyStart = index
        self.complete = complete
    }

    /// The value of the first header called `name` (any case).
    subscript(name: String) -> String? {
        let name = name.lowercased()
        return fields.first { $0.name == name }?.value
    }

    /// The media type of `Content-Type`, lowercased (`text/html`), or `nil`.
    var mediaType: String? {
        self["content-type"].map { value in
            String(value.prefix { $0 != ";" }).trimmingASCIISpace().lowercased()
        }
    }

    /// A parameter of a header (`boundary` of `Content-Type`), quotes removed; `;` inside quotes
    /// does not end the value.
    func parameter(_ parameter: String, of header: String) -> String? {
        guard let value = self[header] else { return nil }
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in value {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            guard piece[..<equals].trimmingASCIISpace().lowercased() == parameter.lowercased() else { continue }
            var result = piece[piece.index(after: equals)...].trimmingASCIISpace()
            if result.count >= 2, result.hasPrefix("\""), result.hasSuffix("\"") {
                result = String(result.dropFirst().dropLast())
            }
            return result
        }
        return nil
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    fileprivate func trimmingASCIISpace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
