import Lexicon

/// Words shared by every platform profile: how dates are written, attachment file types, reactions.
///
/// Loaded from `Lexicons/times.tsv` (the one list of time words, shared with the reply tree),
/// `Lexicons/platforms/common.tsv` (kind `attachmentExtension`) and the names in
/// `Lexicons/reactions.tsv`. Words are stored lowercased as UTF-8.
public struct PlatformVocabulary: Hashable, Sendable {
    /// The words of dates and times, from `times.tsv`.
    public var times = TimeVocabulary()
    /// File extensions of attachments, without the dot (`png`).
    public var attachmentExtensions: Set<[UInt8]> = []
    /// Reaction names, lowercased.
    public var reactions: Set<[UInt8]> = []

    /// Creates an empty vocabulary.
    public init() {}
}
