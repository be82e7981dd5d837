import Lexicon

/// Words shared by every platform profile: how dates are written, attachment file types, reactions.
///
/// Loaded from `Lexicons/platforms/common.tsv` (kinds `month`, `weekday`, `timeWord`,
/// `attachmentExtension`) and the names in `Lexicons/reactions.tsv`. Words are stored
/// lowercased as UTF-8.
public struct PlatformVocabulary: Hashable, Sendable {
    /// Month names and abbreviations.
    public var months: Set<[UInt8]> = []
    /// Weekday names and abbreviations.
    public var weekdays: Set<[UInt8]> = []
    /// Words that appear in dates and times: `ago`, `at`, `on`, `am`, `minutes`, `yesterday`.
    public var timeWords: Set<[UInt8]> = []
    /// File extensions of attachments, without the dot (`png`).
    public var attachmentExtensions: Set<[UInt8]> = []
    /// Reaction names, lowercased.
    public var reactions: Set<[UInt8]> = []

    /// Creates an empty vocabulary.
    public init() {}
}
