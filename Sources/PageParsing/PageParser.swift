import Lexicon
import ThreadModel

/// Reads saved pages into threads: decodes the bytes, then takes the page apart with the
/// platform profiles of the lexicons.
public struct PageParser: Sendable {
    private let extractor: CopiedTextExtractor

    /// Messages, named once so tests quote the same text.
    enum Message {
        static let noHTMLPart = "MHTML file without a text/html part; read as text"
    }

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
        var thread = extractor.extract(Self.decode(bytes, format: format), source: source, platform: platform)
        thread.format = format.rawValue
        return thread
    }

    /// The text of a page's bytes in `format`: copied text decoded, HTML and MHTML rendered to
    /// their visible text.
    package static func decode(_ bytes: [UInt8], format: PageFormat) -> DecodedText {
        switch format {
        case .copiedText:
            return TextDecoder.decode(bytes)
        case .html:
            return render(TextDecoder.decodeHTML(bytes))
        case .mhtml:
            guard let document = MHTMLReader.read(bytes), let part = document.mainPart else {
                var decoded = TextDecoder.decode(bytes)
                decoded.warnings.append(ParseWarning(byteOffset: nil, message: Message.noHTMLPart))
                return decoded
            }
            var decoded = TextDecoder.decodeHTML(part.body, transportCharset: part.charset)
            if part.bodyIsVerbatim {
                decoded.warnings = decoded.warnings.map {
                    ParseWarning(byteOffset: $0.byteOffset.map { $0 + part.bodyOffset }, message: $0.message)
                }
            }
            decoded.warnings = document.warnings + decoded.warnings
            decoded.pageURL = document.pageURL
            return render(decoded)
        }
    }

    private static func render(_ decoded: DecodedText) -> DecodedText {
        var decoded = decoded
        let rendered = HTMLTextRenderer.render(Array(decoded.text.utf8))
        decoded.text = rendered.text
        decoded.listDepths = rendered.listDepths
        decoded.sourceOffsets = nil
        return decoded
    }
}
