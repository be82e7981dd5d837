import Lexicon
import ThreadModel

/// Reads saved pages into threads: decodes the bytes, then takes the page apart with the
/// platform profiles of the lexicons.
public struct PageParser: Sendable {
    private var extractor: CopiedTextExtractor
    let htmlAdapters: PlatformAdapters

    /// Whether a thread keeps its segments (``DiscussionThread/segments``, which cover every line
    /// and text node of the page); off for a thread that only goes into a report, which shows
    /// none, so that a long page's parse does not hold its text twice.
    package var keepsSegments: Bool {
        get { extractor.keepsSegments }
        set { extractor.keepsSegments = newValue }
    }

    /// Messages, named once so tests quote the same text.
    enum Message {
        static let noHTMLPart = "MHTML file without a text/html part; read as text"
    }

    /// Creates a parser with the platform profiles in `lexicons`.
    /// - Throws: `LexiconError` for a malformed profile, naming its file and line.
    public init(lexicons: LexiconBundle) throws(LexiconError) {
        extractor = CopiedTextExtractor(lexicon: try PlatformLexicon(bundle: lexicons))
        htmlAdapters = try PlatformAdapters(bundle: lexicons)
    }

    /// The names of the platforms the parser recognises: those with a DOM adapter and those with
    /// a copied-text profile, sorted, each once.
    public var platforms: [String] {
        Array(Set(extractor.platforms + htmlAdapters.adapters.map(\.name))).sorted()
    }

    /// Parses a page's bytes.
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - source: the path shown in the output, or `-` for standard input.
    ///   - platform: a platform to read the page as, instead of detecting it.
    ///   - format: the file's format, or `nil` to detect it from the bytes.
    ///   - limits: the most bytes read and the deepest elements attached (``ScanLimits``); what
    ///     reaches one is kept up to it, with a warning in the thread.
    ///
    /// HTML and MHTML pages are parsed into a DOM and rendered to their visible text, as a browser
    /// copies it; the profiles read that text, and the thread's spans are then mapped back to the
    /// bytes and lines of the HTML in the file each piece of text came from.
    ///
    /// A post's time shown as an absolute date (`March 3, 2024, 08:15 AM`) also gets its ISO 8601
    /// form when the markup gives none (the words of `times.tsv`).
    public func parse(
        _ bytes: [UInt8], source: String, platform: String? = nil, format: PageFormat? = nil,
        limits: ScanLimits = .standard
    ) -> DiscussionThread {
        let (kept, cut) = limits.cut(bytes)
        var thread = read(kept, source: source, platform: platform, format: format, depthLimit: limits.maximumDepth)
        if let cut { thread.warnings.append(cut) }
        for index in thread.posts.indices where thread.posts[index].isoTime == nil {
            thread.posts[index].isoTime = thread.posts[index].timestamp.flatMap(extractor.generic.times.isoTime)
        }
        return thread
    }

    /// The thread of a page's bytes, as ``parse(_:source:platform:format:limits:)`` gives it but
    /// for the ISO times of dates shown as text and the input size limit.
    private func read(_ bytes: [UInt8], source: String, platform: String?, format: PageFormat?, depthLimit: Int)
        -> DiscussionThread
    {
        let format = format ?? PageFormat.detect(bytes)
        let page: PageText
        if format == .copiedText {
            page = Self.read(bytes, format: format)
        } else if let html = HTMLPage.read(bytes, format: format, depthLimit: depthLimit) {
            // A platform's DOM adapter reads the DOM itself: the page is rendered to text only
            // when none does.
            if var thread = readDOM(PageDOM(document: html.document, offsets: html), source: source, platform: platform)
            {
                thread.format = format.rawValue
                thread.encoding = html.decoded.encoding
                thread.warnings = html.decoded.warnings
                return thread
            }
            page = Self.text(of: html)
        } else {
            page = Self.withoutHTMLPart(bytes)
        }
        var thread = extractor.extract(page.decoded, source: source, platform: platform, readGeneric: page.dom == nil)
        if let dom = page.dom, platform == nil, CopiedTextExtractor.foundNoDiscussion(thread) {
            // No platform and no discussion in the visible text: the generic DOM adapter, then the
            // generic copied-text reader, before one article (or the news article as read).
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

    /// The text of a page's bytes in `format`, as the copied-text reader takes it: copied text
    /// decoded; HTML and MHTML parsed (elements attached at most `depthLimit` deep) and rendered to
    /// their visible text, with the map from that text back into the file.
    package static func read(_ bytes: [UInt8], format: PageFormat, depthLimit: Int = HTMLTreeBuilder.maximumDepth)
        -> PageText
    {
        switch format {
        case .copiedText:
            return PageText(decoded: TextDecoder.decode(bytes), fileSpans: nil)
        case .html, .mhtml:
            guard let page = HTMLPage.read(bytes, format: format, depthLimit: depthLimit) else {
                return withoutHTMLPart(bytes)
            }
            return text(of: page)
        }
    }

    /// An HTML page's visible text, with the map from it back into the file, and its DOM.
    private static func text(of page: HTMLPage) -> PageText {
        let rendered = page.document.renderedText(input: page.html)
        var decoded = page.decoded
        decoded.utf8 = rendered.utf8
        decoded.listDepths = rendered.lineListDepths
        decoded.sourceOffsets = nil
        return PageText(
            decoded: decoded, fileSpans: FileSpanMap(page: page, sources: rendered.sources),
            dom: PageDOM(document: page.document, offsets: page))
    }

    /// An MHTML file without an HTML part, read as text, with a warning saying so.
    private static func withoutHTMLPart(_ bytes: [UInt8]) -> PageText {
        var decoded = TextDecoder.decode(bytes)
        decoded.warnings.append(ParseWarning(byteOffset: nil, message: Message.noHTMLPart))
        return PageText(decoded: decoded, fileSpans: nil)
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
