import Lexicon
import ThreadModel

/// The reply evidence found in a post's own words: @mentions, post-number references, an
/// opening reply cue. Works on the UTF-8 bytes.
struct PostTextScan {
    /// The names @mentioned, as written (without the `@`), in order (``MentionScanner``).
    var mentions: [String] = []
    /// The post numbers referred to (`#12`, `post 12`) with the words that did it, in order.
    var references: [(number: Int, words: String)] = []

    /// Scans `text` for mentions and post references, reading its UTF-8 in place: a word becomes
    /// a `String` only when it is kept (a mention, a reference) or when, not being ASCII, it is
    /// looked up among the post words as a string.
    /// - Complexity: O(n) in the length of `text`.
    init(_ text: String, vocabulary: ReplyTreeVocabulary, bytes vocabularyBytes: ReplyVocabularyBytes) {
        var text = text
        text.withUTF8 { bytes in
            let words = MentionScanner.words(bytes)
            func word(_ position: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[words[position]]) }
            func string(_ position: Int) -> String { String(decoding: word(position), as: UTF8.self) }
            var consumed = -1
            for position in words.indices where position != consumed {
                let current = word(position)
                if let name = MentionScanner.mention(current) {
                    mentions.append(name)
                } else if let number = Self.hashNumber(current) {
                    references.append((number, string(position)))
                } else if position + 1 < words.count,
                    Self.isPostWord(current, vocabulary: vocabulary, bytes: vocabularyBytes)
                {
                    let next = word(position + 1)
                    if let number = Self.hashNumber(next) ?? Self.number(next) {
                        references.append((number, "\(string(position)) \(string(position + 1))"))
                        consumed = position + 1
                    }
                }
            }
        }
    }

    /// Whether `word`, lowercased, is one of the vocabulary's post words. When every post word is
    /// ASCII, a word that is not can only match through a character whose lower case is ASCII, and
    /// the only such character is U+212A KELVIN SIGN (`k`): it is read as `k`, and any other
    /// non-ASCII character means no match, with no string made.
    private static func isPostWord(
        _ word: UnsafeBufferPointer<UInt8>, vocabulary: ReplyTreeVocabulary, bytes: ReplyVocabularyBytes
    ) -> Bool {
        guard word.contains(where: { $0 >= 0x80 }) else { return bytes.isASCIIPostWord(word) }
        if bytes.hasNonASCIIPostWords {
            return vocabulary.postWords.contains(String(decoding: word, as: UTF8.self).lowercased())
        }
        var kelvins = 0
        var index = 0
        while index < word.count {
            if word[index] < 0x80 {
                index += 1
            } else if index + 2 < word.count, word[index] == 0xE2, word[index + 1] == 0x84, word[index + 2] == 0xAA {
                kelvins += 1
                index += 3
            } else {
                return false
            }
        }
        var ascii: [UInt8] = []
        ascii.reserveCapacity(word.count - 2 * kelvins)
        index = 0
        while index < word.count {
            let isKelvin = word[index] >= 0x80
            ascii.append(isKelvin ? UInt8(ascii: "k") : word[index])
            index += isKelvin ? 3 : 1
        }
        return ascii.withUnsafeBufferPointer { bytes.isASCIIPostWord($0) }
    }

    /// The cue the text opens with, and the words as written, if any: the cues starting with the
    /// text's first byte are tried, longest first.
    static func openingCue(of text: String, cues: [ReplyTreeVocabulary.Cue], bytes vocabularyBytes: ReplyVocabularyBytes)
        -> (cue: ReplyTreeVocabulary.Cue, words: String)?
    {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, ReplyTextByte.isSpace(bytes[start]) { start += 1 }
            guard start < bytes.count else { return nil }
            for term in vocabularyBytes.cues(startingWith: ReplyTextByte.lower(bytes[start])) {
                let end = start + term.bytes.count
                guard end <= bytes.count, let last = term.bytes.last else { continue }
                var matches = true
                for offset in 0..<term.bytes.count where ReplyTextByte.lower(bytes[start + offset]) != term.bytes[offset] {
                    matches = false
                    break
                }
                guard matches else { continue }
                if ReplyTextByte.isWordByte(last), end < bytes.count, ReplyTextByte.isWordByte(bytes[end]) { continue }
                return (cues[term.cue], String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            return nil
        }
    }

    /// `#12` → 12.
    private static func hashNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.first == ReplyTextByte.hash else { return nil }
        return number(UnsafeBufferPointer(rebasing: bytes.dropFirst()))
    }

    /// `12` → 12; at most six digits.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 6 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= ReplyTextByte.zero, byte <= ReplyTextByte.nine else { return nil }
            value = value * 10 + Int(byte - ReplyTextByte.zero)
        }
        return value
    }
}
