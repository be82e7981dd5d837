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
    public func parse(_ bytes: [UInt8], source: String, platform: String? = nil) -> DiscussionThread {
        extractor.extract(TextDecoder.decode(bytes), source: source, platform: platform)
    }
}
