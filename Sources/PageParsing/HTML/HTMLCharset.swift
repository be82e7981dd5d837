/// The charset an HTML page declares in a `<meta>` tag, found the way browsers find it: the
/// WHATWG "prescan a byte stream to determine its encoding" algorithm over the first 1,024 bytes.
///
/// Comments are skipped, attributes are parsed as the tokenizer would (quoted, unquoted, without
/// value), other tags and `<!…>`/`<?…>` constructs are stepped over, and a `<meta>` counts when it
/// has `charset`, or `http-equiv="content-type"` with a `content` that names a charset.
enum HTMLCharset {
    /// How many bytes the prescan reads.
    static let prescanLength = 1024

    /// What a prescan found: the label as written and what it names.
    struct Declaration: Equatable {
        /// The label, as the page wrote it.
        var label: String
        /// The encoding it names, after the prescan's own rules (UTF-16 → UTF-8,
        /// x-user-defined → windows-1252); `nil` when it names none the decoder reads.
        var encoding: TextEncoding?
        /// The offset of the `<meta` that declared it.
        var offset: Int
    }

    /// The first `<meta>` in the first 1,024 bytes that declares a charset the standard knows;
    /// when only unknown labels are declared, the first of them (with a `nil` encoding).
    /// - Complexity: O(min(n, 1024)).
    static func prescan(_ bytes: [UInt8]) -> Declaration? {
        var reader = PrescanReader(bytes: bytes.prefix(prescanLength))
        var firstUnknown: Declaration?
        while !reader.atEnd {
            if reader.startsWith("<!--") {
                reader.skipComment()
            } else if reader.startsWithMeta() {
                let offset = reader.position
                reader.position += 5
                if let found = reader.metaCharset() {
                    let declaration = Declaration(
                        label: found.label, encoding: found.known ? prescanEncoding(found.label) : nil, offset: offset)
                    if found.known { return declaration }
                    if firstUnknown == nil { firstUnknown = declaration }
                }
            } else if reader.startsWithTag() {
                reader.skipTag()
            } else if reader.startsWith("<!") || reader.startsWith("</") || reader.startsWith("<?") {
                reader.skip(past: Self.greaterThan)
            } else {
                reader.position += 1
            }
        }
        return firstUnknown
    }

    private static func prescanEncoding(_ label: String) -> TextEncoding? {
        switch EncodingLabel.encoding(for: label) {
        case .utf16LE?, .utf16BE?: .utf8
        case .xUserDefined?: TextEncoding.windows1252
        case let other: other
        }
    }

    fileprivate static let greaterThan = UInt8(ascii: ">")
}

/// A cursor over the bytes the prescan reads.
private struct PrescanReader {
    let bytes: ArraySlice<UInt8>
    var position: Int
    /// Whether the last tag's attributes ended at its `>` rather than at the end of the bytes.
    var tagClosed = false

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var atEnd: Bool { position >= bytes.endIndex }

    func byte(at offset: Int = 0) -> UInt8? {
        position + offset < bytes.endIndex ? bytes[position + offset] : nil
    }

    func startsWith(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.endIndex else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    /// `<meta` (any case) followed by white space or `/`.
    func startsWithMeta() -> Bool {
        guard startsWith("<") else { return false }
        for (offset, letter) in "meta".utf8.enumerated() {
            guard let byte = byte(at: offset + 1), byte | 0x20 == letter else { return false }
        }
        guard let after = byte(at: 5) else { return false }
        return HTMLByte.isASCIIWhitespace(after) || after == UInt8(ascii: "/")
    }

    /// `<` or `</` followed by an ASCII letter.
    func startsWithTag() -> Bool {
        guard byte() == UInt8(ascii: "<") else { return false }
        let letterOffset = byte(at: 1) == UInt8(ascii: "/") ? 2 : 1
        guard let letter = byte(at: letterOffset) else { return false }
        return HTMLByte.isAlpha(letter)
    }

    mutating func skipComment() {
        position += 2  // `<!`, so that `<!-->` ends at its own `-->`
        while !atEnd && !startsWith("-->") { position += 1 }
        position = min(position + 3, bytes.endIndex)
    }

    mutating func skip(past terminator: UInt8) {
        while let byte = byte(), byte != terminator { position += 1 }
        if !atEnd { position += 1 }
    }

    /// Steps over a start or end tag: its name, then its attributes.
    mutating func skipTag() {
        while let byte = byte(), !HTMLByte.isASCIIWhitespace(byte), byte != UInt8(ascii: ">") { position += 1 }
        while nextAttribute() != nil {}
    }

    /// Reads the attributes of a `<meta` whose name has been read, and returns the charset label it
    /// declares, as the standard's steps decide; `known` is false when the only label it gives names
    /// no encoding (the standard then ignores the element; we report the label).
    mutating func metaCharset() -> (label: String, known: Bool)? {
        var seen: Set<String> = []
        var gotPragma = false
        var needPragma: Bool?
        var charset: String?
        var unknown: (label: String, needPragma: Bool)?
        while let (name, value) = nextAttribute() {
            guard seen.insert(name).inserted else { continue }

            switch name {
            case "http-equiv":
                if value == "content-type" { gotPragma = true }
            case "content":
                if charset == nil, let found = Self.charsetInContent(value) {
                    if EncodingLabel.encoding(for: found) != nil {
                        charset = found
                        needPragma = true
                    } else if unknown == nil {
                        unknown = (found, true)
                    }
                }
            case "charset":
                if charset == nil {
                    if EncodingLabel.encoding(for: value) != nil {
                        charset = value
                        needPragma = false
                    } else if unknown == nil {
                        unknown = (value, false)
                    }
                }
            default:
                break
            }
        }
        // A tag the 1,024 bytes cut short declares nothing (the standard aborts the prescan).
        guard tagClosed else { return nil }
        if let charset, let needPragma {
            return needPragma && !gotPragma ? nil : (charset, true)
        }
        if let unknown, !unknown.needPragma || gotPragma { return (unknown.label, false) }
        return nil
    }

    /// The standard's "get an attribute": a name (lowercased) and a value (lowercased), or `nil`
    /// at the tag's end.
    mutating func nextAttribute() -> (String, String)? {
        while let byte = byte(), HTMLByte.isASCIIWhitespace(byte) || byte == UInt8(ascii: "/") { position += 1 }
        guard byte() != nil, byte() != UInt8(ascii: ">") else {
            tagClosed = !atEnd
            if !atEnd { position += 1 }
            return nil
        }
        var name: [UInt8] = []
        nameLoop: while let byte = byte() {
            switch byte {
            case UInt8(ascii: "=") where !name.isEmpty:
                position += 1
                return readValue(name: name)
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20:
                break nameLoop
            case UInt8(ascii: "/"), UInt8(ascii: ">"):
                return (Self.string(name), "")
            default:
                name.append(HTMLByte.lowercased(byte))
                position += 1
            }
        }
        while let byte = byte(), HTMLByte.isASCIIWhitespace(byte) { position += 1 }
        guard byte() == UInt8(ascii: "=") else { return (Self.string(name), "") }
        position += 1
        return readValue(name: name)
    }

    private mutating func readValue(name: [UInt8]) -> (String, String)? {
        while let byte = byte(), HTMLByte.isASCIIWhitespace(byte) { position += 1 }
        guard let first = byte() else { return (Self.string(name), "") }
        var value: [UInt8] = []
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            position += 1
            while let byte = byte() {
                position += 1
                if byte == first { return (Self.string(name), Self.string(value)) }
                value.append(HTMLByte.lowercased(byte))
            }
            return (Self.string(name), Self.string(value))
        }
        if first == UInt8(ascii: ">") { return (Self.string(name), "") }
        while let byte = byte(), !HTMLByte.isASCIIWhitespace(byte), byte != UInt8(ascii: ">") {
            value.append(HTMLByte.lowercased(byte))
            position += 1
        }
        return (Self.string(name), Self.string(value))
    }

    /// The standard's "extract a character encoding from a meta element" for a `content` value.
    static func charsetInContent(_ content: String) -> String? {
        let bytes = Array(content.utf8)
        var index = 0
        while true {
            guard let found = find(Array("charset".utf8), in: bytes, from: index) else { return nil }
            index = found + 7
            while index < bytes.count, HTMLByte.isASCIIWhitespace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.count, HTMLByte.isASCIIWhitespace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                return string(Array(bytes[(index + 1)..<end]))
            }
            let end =
                bytes[index...].firstIndex { HTMLByte.isASCIIWhitespace($0) || $0 == UInt8(ascii: ";") } ?? bytes.count
            return string(Array(bytes[index..<end]))
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
