import Lexicon
import ThreadModel

/// Reads saved pages into threads: decodes the bytes, then takes the page apart with the
/// platform profiles of the lexicons.
public struct PageParser: Sendable {
    private let extractor: CopiedTextExtractor
    let htmlAdapters: PlatformAdapters

    /// Messages, named once so tests quote the same text.
    enum Message {
        static let noHTMLPart = "MHTML file without a text/html part; read as text"
        /// The warning of an MHTML page whose HTML is stored quoted-printable or base64.
        static let encodedPart =
            "the MHTML page's HTML is stored quoted-printable or base64: line and byte spans point into the decoded part, not into the file"
    }

    /// Creates a parser with the platform profiles in `lexicons`.
    /// - Throws: `LexiconError` for a malformed profile, naming its file and line.
    public init(lexicons: LexiconBundle) throws(LexiconError) {
        extractor = CopiedTextExtractor(lexicon: try PlatformLexicon(bundle: lexicons))
        htmlAdapters = try PlatformAdapters(bundle: lexicons)
    }

    /// The names of the platforms the parser recognises.
    public var platforms: [String] {
        extractor.platforms
    }

    /// Parses a page's bytes.
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - source: the path shown in the output, or `-` for standard input.
    ///   - platform: a platform to read the page as, instead of detecting it.
    ///   - format: the file's format, or `nil` to detect it from the bytes.
    ///
    /// HTML and MHTML pages are parsed into a DOM and rendered to their visible text, as a browser
    /// copies it; the profiles read that text, and the thread's spans are then mapped back to the
    /// bytes and lines of the HTML in the file each piece of text came from.
    public func parse(_ bytes: [UInt8], source: String, platform: String? = nil, format: PageFormat? = nil)
        -> DiscussionThread
    {
        let format = format ?? PageFormat.detect(bytes)
        let page = Self.read(bytes, format: format)
        if let dom = page.dom, var thread = readDOM(dom, source: source, platform: platform) {
            thread.format = format.rawValue
            thread.encoding = page.decoded.encoding
            thread.warnings = page.decoded.warnings
            return thread
        }
        var thread = extractor.extract(page.decoded, source: source, platform: platform, readGeneric: page.dom == nil)
        if let dom = page.dom, platform == nil, Self.isUnrecognised(thread) {
            // No platform: the generic DOM adapter, then the generic copied-text reader, before one article.
            if var generic = GenericDOMAdapter(
                document: dom.document, offsets: dom.offsets, times: extractor.generic.times
            )
            .read(source: source) {
                generic.format = format.rawValue
                generic.encoding = page.decoded.encoding
                generic.warnings = page.decoded.warnings
                return generic
            }
            if let generic = extractor.genericThread(page.decoded, source: source) { thread = generic }
        }
        if thread.platform != "unknown", thread.adapter == nil {
            thread.adapter = AdapterMatch(method: "text:\(thread.platform)", confidence: platform == nil ? 0.5 : 1)
        }
        if let fileSpans = page.fileSpans { thread = fileSpans.mapping(thread) }
        thread.format = format.rawValue
        return thread
    }

    /// Whether the copied-text reader found no layout in the page and read it as one article.
    private static func isUnrecognised(_ thread: DiscussionThread) -> Bool {
        thread.warnings.contains { $0.byteOffset == nil && $0.message == CopiedTextExtractor.noLayout }
    }

    /// The text of a page's bytes in `format`, as the copied-text reader takes it: copied text
    /// decoded; HTML and MHTML parsed and rendered to their visible text, with the map from that
    /// text back into the file.
    package static func read(_ bytes: [UInt8], format: PageFormat) -> PageText {
        switch format {
        case .copiedText:
            return PageText(decoded: TextDecoder.decode(bytes), fileSpans: nil)
        case .html:
            return render(TextDecoder.decodeHTML(bytes), base: 0, firstLine: 1)
        case .mhtml:
            guard let document = MHTMLReader.read(bytes), let part = document.mainPart else {
                var decoded = TextDecoder.decode(bytes)
                decoded.warnings.append(ParseWarning(byteOffset: nil, message: Message.noHTMLPart))
                return PageText(decoded: decoded, fileSpans: nil)
            }
            var decoded = TextDecoder.decodeHTML(part.body, transportCharset: part.charset)
            if part.bodyIsVerbatim {
                decoded.warnings = decoded.warnings.map {
                    ParseWarning(byteOffset: $0.byteOffset.map { $0 + part.bodyOffset }, message: $0.message)
                }
            } else {
                decoded.warnings.append(ParseWarning(byteOffset: part.bodyOffset, message: Message.encodedPart))
            }
            decoded.warnings = document.warnings + decoded.warnings
            decoded.pageURL = document.pageURL
            guard part.bodyIsVerbatim else { return render(decoded, base: 0, firstLine: 1) }
            let linesBefore = FileSpanMap.lineStarts(bytes[..<min(part.bodyOffset, bytes.count)]).count - 1
            return render(decoded, base: part.bodyOffset, firstLine: 1 + linesBefore)
        }
    }

    /// `decoded` HTML parsed and rendered; its spans map to the file from `base`, its first line
    /// being the file's line `firstLine`.
    private static func render(_ decoded: DecodedText, base: Int, firstLine: Int) -> PageText {
        var decoded = decoded
        let html = Array(decoded.text.utf8)
        let document = HTMLDocument.parse(html)
        let rendered = document.renderedText(input: html)
        let fileSpans = FileSpanMap(
            html: html, sources: rendered.sources, decodedToFile: decoded.sourceOffsets, base: base,
            firstLine: firstLine)
        decoded.text = rendered.text
        decoded.listDepths = rendered.lineListDepths
        let dom = PageDOM(
            document: document,
            offsets: HTMLFileOffsets(html: html, decodedToFile: decoded.sourceOffsets, base: base, firstLine: firstLine)
        )
        decoded.sourceOffsets = nil
        return PageText(decoded: decoded, fileSpans: fileSpans, dom: dom)
    }
}

/// A page as the copied-text reader takes it.
package struct PageText: Sendable {
    /// The text: copied text decoded, or an HTML page's visible text.
    package var decoded: DecodedText
    /// For HTML and MHTML, the way from spans into `decoded.text` to spans into the file.
    package var fileSpans: FileSpanMap?
    /// For HTML and MHTML, the parsed page, for the platforms' DOM adapters.
    package var dom: PageDOM? = nil
}
