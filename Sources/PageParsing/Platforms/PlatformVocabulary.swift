import Lexicon

/// Words shared by every platform profile: how dates are written, attachment file types, reactions.
///
/// Loaded from `Lexicons/times.tsv` (the one list of time words, shared with the reply tree),
/// `Lexicons/platforms/common.tsv` (kind `attachmentExtension`) and the names in
/// `Lexicons/reactions.tsv`. Words are stored lowercased as UTF-8.
package struct PlatformVocabulary: Hashable, Sendable {
    /// The words of dates and times, from `times.tsv`.
    package var times = TimeVocabulary()
    /// File extensions of attachments, without the dot (`png`).
    package var attachmentExtensions: Set<[UInt8]> = []
    /// Reaction names, lowercased.
    package var reactions: Set<[UInt8]> = []

    /// Creates an empty vocabulary.
    package init() {}
}
