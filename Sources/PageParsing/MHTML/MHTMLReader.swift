import ThreadModel

/// Reads a page saved as one MHTML file ("single file"): the multipart message split at its
/// boundary, each part's headers read and its transfer encoding (quoted-printable, base64,
/// 7bit/8bit/binary) undone, working on the file's bytes so an 8-bit part keeps its charset.
///
/// A file cut short is read as far as it goes: a missing closing boundary or a header block
/// with no end gives a warning, never a crash, and the text that is there is kept.
enum MHTMLReader {
    /// Messages, named once so tests quote the same text.
    enum Message {
        static func noClosingBoundary(_ boundary: String) -> String {
            "MHTML file ends without its closing boundary \"--\(boundary)--\": the last part is kept as far as it goes"
        }
        static let headersCutShort = "MHTML headers cut short (no blank line before the end): the part has no body"
        static func unknownTransferEncoding(_ name: String) -> String {
            "unknown Content-Transfer-Encoding \"\(name)\": the part's bytes are read as they are"
        }
    }

    /// The message in `bytes`, or `nil` when its headers name no multipart boundary and no
    /// single HTML body.
    /// - Complexity: O(n).
    static func read(_ bytes: [UInt8]) -> MHTMLDocument? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let headers = MIMEHeaders(bytes, from: start, to: bytes.count)
        var warnings: [ParseWarning] = []
        guard let boundary = headers.parameter("boundary", of: "content-type"), !boundary.isEmpty else {
            guard headers.mediaType == "text/html" else { return nil }
            let part = makePart(bytes, headers: headers, end: bytes.count, warnings: &warnings)
            return MHTMLDocument(headers: headers, parts: [part], mainPartIndex: 0, warnings: warnings)
        }
        if !headers.complete {
            warnings.append(ParseWarning(byteOffset: start, message: Message.headersCutShort))
        }
        let parts = readParts(
            bytes, from: headers.complete ? headers.bodyStart : start, to: bytes.count, boundary: boundary, depth: 0,
            warnings: &warnings)
        return MHTMLDocument(
            headers: headers, parts: parts, mainPartIndex: MHTMLDocument.mainPartIndex(parts, headers: headers),
            warnings: warnings)
    }

    /// How deeply multipart parts may nest inside each other.
    static let maxNesting = 8

    /// The parts between `start` and `end` delimited by `boundary`; a part that is itself
    /// multipart (`multipart/alternative` inside `multipart/related`) is replaced by its parts.
    private static func readParts(
        _ bytes: [UInt8], from start: Int, to end: Int, boundary: String, depth: Int, warnings: inout [ParseWarning]
    ) -> [MHTMLPart] {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [MHTMLPart] = []
        var partStart: Int?
        var closed = false
        var lineStart = start
        while lineStart < end {
            let lineEnd = bytes[lineStart..<end].firstIndex(of: MIMEByte.lineFeed) ?? end
            let next = min(lineEnd + 1, end)
            if let isClose = delimiterKind(bytes, lineStart: lineStart, lineEnd: lineEnd, delimiter: delimiter) {
                if let partStart {
                    parts.append(
                        makePart(
                            bytes, from: partStart, end: bodyEnd(bytes, beforeLineAt: lineStart, after: partStart),
                            warnings: &warnings))
                }
                if isClose {
                    closed = true
                    break
                }
                partStart = next
            }
            lineStart = next
        }
        if !closed {
            if let partStart {
                parts.append(makePart(bytes, from: partStart, end: end, warnings: &warnings))
            }
            warnings.append(ParseWarning(byteOffset: end, message: Message.noClosingBoundary(boundary)))
        }
        guard depth < maxNesting else { return parts }
        return parts.flatMap { part -> [MHTMLPart] in
            guard part.mediaType?.hasPrefix("multipart/") == true, part.bodyIsVerbatim,
                let inner = part.headers.parameter("boundary", of: "content-type"), !inner.isEmpty
            else { return [part] }
            return readParts(
                bytes, from: part.bodyOffset, to: part.bodyOffset + part.body.count, boundary: inner, depth: depth + 1,
                warnings: &warnings)
        }
    }

    /// `true` for a closing delimiter line (`--boundary--`), `false` for a delimiter line
    /// (`--boundary`), either followed only by transport padding; `nil` for any other line.
    private static func delimiterKind(_ bytes: [UInt8], lineStart: Int, lineEnd: Int, delimiter: [UInt8]) -> Bool? {
        guard lineEnd - lineStart >= delimiter.count,
            bytes[lineStart..<(lineStart + delimiter.count)].elementsEqual(delimiter)
        else { return nil }
        var index = lineStart + delimiter.count
        var isClose = false
        if index + 1 < lineEnd, bytes[index] == MIMEByte.hyphen, bytes[index + 1] == MIMEByte.hyphen {
            isClose = true
            index += 2
        }
        while index < lineEnd {
            let byte = bytes[index]
            guard MIMEByte.isPadding(byte) || byte == MIMEByte.carriageReturn else { return nil }
            index += 1
        }
        return isClose
    }

    /// Where a part's body ends: before the line break that precedes the delimiter line at
    /// `lineStart` (the break belongs to the delimiter).
    private static func bodyEnd(_ bytes: [UInt8], beforeLineAt lineStart: Int, after start: Int) -> Int {
        var end = lineStart
        if end > start, bytes[end - 1] == MIMEByte.lineFeed { end -= 1 }
        if end > start, bytes[end - 1] == MIMEByte.carriageReturn { end -= 1 }
        return max(end, start)
    }

    private static func makePart(_ bytes: [UInt8], from start: Int, end: Int, warnings: inout [ParseWarning])
        -> MHTMLPart
    {
        let headers = MIMEHeaders(bytes, from: start, to: end)
        if !headers.complete {
            warnings.append(ParseWarning(byteOffset: start, message: Message.headersCutShort))
            return MHTMLPart(headers: headers, body: [], bodyOffset: end, bodyIsVerbatim: true)
        }
        return makePart(bytes, headers: headers, end: end, warnings: &warnings)
    }

    private static func makePart(_ bytes: [UInt8], headers: MIMEHeaders, end: Int, warnings: inout [ParseWarning])
        -> MHTMLPart
    {
        let raw = bytes[min(headers.bodyStart, end)..<end]
        let encoding = headers["content-transfer-encoding"]?.lowercased() ?? "8bit"
        switch encoding {
        case "quoted-printable":
            return MHTMLPart(
                headers: headers, body: QuotedPrintable.decode(raw), bodyOffset: raw.startIndex,
                bodyIsVerbatim: false)
        case "base64":
            return MHTMLPart(
                headers: headers, body: Base64.decode(raw), bodyOffset: raw.startIndex,
                bodyIsVerbatim: false)
        case "7bit", "8bit", "binary":
            break
        default:
            warnings.append(
                ParseWarning(byteOffset: raw.startIndex, message: Message.unknownTransferEncoding(encoding)))
        }
        return MHTMLPart(headers: headers, body: Array(raw), bodyOffset: raw.startIndex, bodyIsVerbatim: true)
    }
}
