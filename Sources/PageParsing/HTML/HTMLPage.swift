import ThreadModel

/// A saved HTML or MHTML page as a DOM, with the way from the HTML's offsets back into the file.
///
/// The one place where a page's bytes become a document: the encoding sniffed, for MHTML the main
/// `text/html` part taken (its transfer encoding undone, its charset followed), the decoded HTML
/// parsed by ``HTMLTreeBuilder``. `threadscan parse` renders it; `threadscan dom` prints it.
package struct HTMLPage: Sendable {
    /// The document.
    package var document: HTMLDocument
    /// The UTF-8 the document was parsed from: the page (or its HTML part) decoded.
    package var html: [UInt8]
    /// The decoding: encoding, warnings (offsets in the file), the page's address; its `text` is
    /// empty, the text being `html` (a second copy of the page would stay alive with the DOM).
    package var decoded: DecodedText
    /// Maps offsets in `html` to offsets in the file from `base` (`nil` when they are the same).
    package var decodedToFile: SourceOffsetMap?
    /// Where the HTML starts in the file: 0, or a verbatim MHTML part's body offset.
    package var base: Int
    /// The file's line (1-based) where the HTML's first line is.
    package var firstLine: Int
    /// Whether offsets into `html` stand for offsets into the file; `false` for a quoted-printable
    /// or base64 MHTML part, whose offsets are into the decoded part.
    package var isInTheFile: Bool
    /// The offsets where the lines of `html` start.
    package var lineStarts: [Int32]

    /// Messages, named once so tests quote the same text.
    package enum Message {
        /// The warning of an MHTML page whose HTML is stored quoted-printable or base64.
        package static let encodedPart =
            "the MHTML page's HTML is stored quoted-printable or base64: line and byte spans point into the decoded part, not into the file"
    }

    /// The page in `bytes`, read as `format` (MHTML, or else HTML), elements attached at most
    /// `depthLimit` deep; `nil` for an MHTML file without a `text/html` part.
    /// - Complexity: O(n) in the number of bytes.
    package static func read(_ bytes: [UInt8], format: PageFormat, depthLimit: Int = HTMLTreeBuilder.maximumDepth)
        -> HTMLPage?
    {
        guard format == .mhtml else {
            return HTMLPage(
                decoded: TextDecoder.decodeHTML(bytes), base: 0, firstLine: 1, isInTheFile: true,
                depthLimit: depthLimit)
        }
        guard let message = MHTMLReader.read(bytes), let part = message.mainPart else { return nil }
        var decoded = TextDecoder.decodeHTML(part.body, transportCharset: part.charset)
        if part.bodyIsVerbatim {
            decoded.warnings = decoded.warnings.map {
                ParseWarning(byteOffset: $0.byteOffset.map { $0 + part.bodyOffset }, message: $0.message)
            }
        } else {
            decoded.warnings.append(ParseWarning(byteOffset: part.bodyOffset, message: Message.encodedPart))
        }
        decoded.warnings = message.warnings + decoded.warnings
        decoded.pageURL = message.pageURL
        guard part.bodyIsVerbatim else {
            return HTMLPage(decoded: decoded, base: 0, firstLine: 1, isInTheFile: false, depthLimit: depthLimit)
        }
        let linesBefore = FileSpanMap.lineStarts(bytes[..<min(part.bodyOffset, bytes.count)]).count - 1
        return HTMLPage(
            decoded: decoded, base: part.bodyOffset, firstLine: 1 + linesBefore, isInTheFile: true,
            depthLimit: depthLimit)
    }

    /// The page of `decoded`. A UTF-8 page's text is the file's own buffer: the DOM shares it.
    private init(decoded: DecodedText, base: Int, firstLine: Int, isInTheFile: Bool, depthLimit: Int) {
        html = decoded.utf8
        document = HTMLDocument.parse(html, depthLimit: depthLimit)
        self.decoded = decoded
        self.decoded.utf8 = []
        decodedToFile = decoded.sourceOffsets
        self.base = base
        self.firstLine = firstLine
        self.isInTheFile = isInTheFile
        lineStarts = FileSpanMap.lineStarts(html[...])
        for warning in document.warnings {
            let offset = isInTheFile ? fileOffset(warning.offset) : warning.offset
            self.decoded.warnings.append(ParseWarning(byteOffset: offset, message: warning.text))
        }
    }

    /// The file offset of offset `offset` into `html`.
    package func fileOffset(_ offset: Int) -> Int {
        base + (decodedToFile?.fileOffset(forTextOffset: offset) ?? offset)
    }

    /// The span of the file that the HTML bytes `range` come from.
    /// - Complexity: O(log l) for l lines.
    package func span(_ range: Range<Int>) -> SourceSpan {
        let last = max(range.lowerBound, range.upperBound - 1)
        return SourceSpan(
            lineStart: line(range.lowerBound), lineEnd: line(last),
            byteStart: fileOffset(range.lowerBound), byteEnd: fileOffset(range.upperBound))
    }

    /// The file's line (1-based) of offset `offset` into `html`.
    /// - Complexity: O(log l) for l lines.
    package func line(_ offset: Int) -> Int {
        firstLine + lineStarts.lastIndex(atMost: offset)
    }

    /// The file's line (1-based) and the column (1-based, in characters) of offset `offset` into
    /// `html`.
    /// - Complexity: O(log l + c) for l lines and a column of c bytes.
    package func location(_ offset: Int) -> (line: Int, column: Int) {
        let line = lineStarts.lastIndex(atMost: offset)
        var column = 1
        var index = Int(lineStarts[line])
        while index < min(offset, html.count) {
            if html[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (firstLine + line, column)
    }
}
