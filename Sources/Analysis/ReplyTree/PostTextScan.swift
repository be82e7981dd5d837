import Lexicon
import ThreadModel

/// The reply evidence found in a post's own words: @mentions, post-number references, an
/// opening reply cue. Works on the UTF-8 bytes.
struct PostTextScan {
    /// A word of the text, as ``MentionScanner`` cuts it.
    struct Word {
        var bytes: ArraySlice<UInt8>
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// The names @mentioned, as written (without the `@`), in order (``MentionScanner``).
    var mentions: [String] = []
    /// The post numbers referred to (`#12`, `post 12`) with the words that did it, in order.
    var references: [(number: Int, words: String)] = []

    /// Scans `text` for mentions and post references.
    /// - Complexity: O(n) in the length of `text`.
    init(_ text: String, vocabulary: ReplyTreeVocabulary) {
        let bytes = Array(text.utf8)
        let words = MentionScanner.words(bytes).map { Word(bytes: bytes[$0]) }
        var consumed = -1
        for (position, word) in words.enumerated() where position != consumed {
            guard !word.bytes.isEmpty else { continue }
            if let name = MentionScanner.mention(word.bytes) {
                mentions.append(name)
            } else if let number = Self.hashNumber(word.bytes) {
                references.append((number, word.text))
            } else if position + 1 < words.count, vocabulary.postWords.contains(word.text.lowercased()) {
                let next = words[position + 1].bytes
                if let number = Self.hashNumber(next) ?? Self.number(next) {
                    references.append((number, "\(word.text) \(words[position + 1].text)"))
                    consumed = position + 1
                }
            }
        }
    }

    /// The cue the text opens with, and the words as written, if any.
    static func openingCue(of text: String, cues: [ReplyTreeVocabulary.Cue]) -> (
        cue: ReplyTreeVocabulary.Cue, words: String
    )? {
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count, ReplyTextByte.isSpace(bytes[start]) { start += 1 }
        for cue in cues {
            let term = Array(cue.term.utf8)
            let end = start + term.count
            guard end <= bytes.count, let last = term.last else { continue }
            var matches = true
            for offset in 0..<term.count where ReplyTextByte.lower(bytes[start + offset]) != term[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            if ReplyTextByte.isWordByte(last), end < bytes.count, ReplyTextByte.isWordByte(bytes[end]) { continue }
            return (cue, String(decoding: bytes[start..<end], as: UTF8.self))
        }
        return nil
    }

    /// `#12` → 12.
    private static func hashNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.first == ReplyTextByte.hash else { return nil }
        return number(bytes.dropFirst())
    }

    /// `12` → 12; at most six digits.
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 6 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= ReplyTextByte.zero, byte <= ReplyTextByte.nine else { return nil }
            value = value * 10 + Int(byte - ReplyTextByte.zero)
        }
        return value
    }
}
