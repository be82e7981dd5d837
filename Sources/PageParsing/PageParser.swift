import Lexicon
import ThreadModel

/// Reads saved pages into threads: decodes the bytes, then takes the page apart with the
/// platform profiles of the lexicons.
public struct PageParser: Sendable {
    private let extractor: CopiedTextExtractor

    /// Creates a parser with the platform profiles in `lexicons`.
    /// - Throws: `LexiconError` for a malformed profile, naming its file and line.
    public init(lexicons: LexiconBundle) throws(LexiconError) {
        extractor = CopiedTextExtractor(lexicon: try PlatformLexicon(bundle: lexicons))
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
    /// HTML and MHTML pages are first rendered to their visible text, as a browser copies it;
    /// the thread's spans then point into that text.
    public func parse(_ bytes: [UInt8], source: String, platform: String? = nil, format: PageFormat? = nil)
        -> DiscussionThread
    {
        let format = format ?? PageFormat.detect(bytes)
        var thread: DiscussionThread
        switch format {
        case .copiedText:
            thread = extractor.extract(TextDecoder.decode(bytes), source: source, platform: platform)
        case .html:
            thread = extractor.extract(
                Self.renderHTML(bytes, charset: HTMLCharset.declared(in: bytes)), source: source, platform: platform)
        case .mhtml:
            guard let part = MHTMLReader.htmlPart(bytes) else {
                thread = extractor.extract(TextDecoder.decode(bytes), source: source, platform: platform)
                thread.warnings.append(
                    ParseWarning(byteOffset: 0, message: "MHTML file without a text/html part; read as text"))
                break
            }
            thread = extractor.extract(
                Self.renderHTML(part.html, charset: part.charset ?? HTMLCharset.declared(in: part.html)),
                source: source, platform: platform
            )
        }
        thread.format = format.rawValue
        return thread
    }

    private static func renderHTML(_ bytes: [UInt8], charset: String?) -> DecodedText {
        var decoded = TextDecoder.decode(bytes, declaredCharset: charset)
        let rendered = HTMLTextRenderer.render(Array(decoded.text.utf8))
        decoded.text = rendered.text
        decoded.listDepths = rendered.listDepths
        return decoded
    }
}
