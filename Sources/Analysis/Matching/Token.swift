/// One token of a text: a word (with the vocabulary ids of its normalised forms) or one
/// punctuation character, with its byte range in the original text.
struct Token: Hashable, Sendable {
    /// What a token is.
    enum Kind: UInt8, Hashable, Sendable {
        case word, punctuation
    }

    /// Facts about how the token was written.
    struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        /// Two or more letters, all upper case (`IDIOT`).
        static let allCaps = Flags(rawValue: 1)
        /// Starts with an upper-case letter (`Iran`).
        static let capitalized = Flags(rawValue: 2)
        /// Written as an `@mention`.
        static let mention = Flags(rawValue: 4)
        /// Joined from spaced single letters (`s t u p i d`).
        static let spacedLetters = Flags(rawValue: 8)
        /// Has at least one letter.
        static let hasLetter = Flags(rawValue: 16)
        /// Written with masking, leetspeak or elongation and matched only through that form.
        static let obfuscated = Flags(rawValue: 32)
    }

    /// The offset of the first byte in the original text (the `@` of a mention included).
    var start: Int32
    /// The offset one past the last byte.
    var end: Int32
    /// Word or punctuation.
    var kind: Kind
    /// How it was written.
    var flags: Flags
    /// For punctuation, the character; for words, 0.
    var byte: UInt8
    /// Where this token's vocabulary ids start in the candidate buffer.
    var candidatesStart: Int32
    /// How many vocabulary ids it has (0: no lexicon has the word).
    var candidatesCount: Int32
}
