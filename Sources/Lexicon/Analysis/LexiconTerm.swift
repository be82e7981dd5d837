/// A lexicon term: lowercase words separated by single spaces; a trailing `*` on the last word
/// makes that word a prefix (`idiot*` matches idiot, idiots, idiotic).
package struct LexiconTerm: Hashable, Sendable, CustomStringConvertible {
    /// The words as written, the last one without its `*`.
    package var words: [String]
    /// Whether the last word is a prefix.
    package var isPrefix: Bool

    /// Creates a term from its words.
    package init(words: [String], isPrefix: Bool) {
        self.words = words
        self.isPrefix = isPrefix
    }

    /// Parses a term as written in a lexicon file.
    /// - Throws: a message saying what is wrong, for a `file:line` error.
    package init(parsing text: String) throws(LexiconTermError) {
        if text.isEmpty { throw .empty }
        let words: [String]
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lower case and the spaces are the bytes' own (as `lowercased()` and a split of
            // the characters would find them).
            if text.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                throw .notLowercase(text)
            }
            words = text.utf8.split(separator: 0x20, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
        } else {
            if text != text.lowercased() { throw .notLowercase(text) }
            words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        }
        if words.contains(where: \.isEmpty) { throw .badSpacing(text) }
        var last = words[words.count - 1]
        let isPrefix = last.hasSuffix("*")
        if isPrefix { last.removeLast() }
        let star = UInt8(ascii: "*")
        if last.isEmpty || words.dropLast().contains(where: { $0.utf8.contains(star) }) || last.utf8.contains(star) {
            throw .misplacedStar(text)
        }
        self.words = Array(words.dropLast()) + [last]
        self.isPrefix = isPrefix
    }

    /// The term as written: `idiot*`, `a bit`.
    package var description: String {
        words.joined(separator: " ") + (isPrefix ? "*" : "")
    }

    /// Whether every text this term matches is also matched by `other` (`idiots` by `idiot*`).
    package func isShadowed(by other: LexiconTerm) -> Bool {
        guard self != other, other.isPrefix, words.count == other.words.count else { return false }
        guard words.dropLast() == other.words.dropLast() else { return false }
        return words[words.count - 1].hasPrefix(other.words[other.words.count - 1])
    }
}

/// What is wrong with a term, as a message for a `file:line` error.
package enum LexiconTermError: Error, CustomStringConvertible, Sendable {
    case empty
    case notLowercase(String)
    case badSpacing(String)
    case misplacedStar(String)

    package var description: String {
        switch self {
        case .empty: "empty term"
        case .notLowercase(let term): "term '\(term)' must be lowercase (matching ignores case)"
        case .badSpacing(let term): "term '\(term)' must be words separated by single spaces"
        case .misplacedStar(let term): "term '\(term)': '*' may only end the last word, after at least one letter"
        }
    }
}
