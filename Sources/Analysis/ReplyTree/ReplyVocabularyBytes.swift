import Lexicon

/// The reply tree's vocabulary as bytes, compiled once per builder: the reply cues filed by their
/// first byte (longest first within it, as the vocabulary orders them) and the ASCII post words,
/// so that a post is scanned without a `String` or an array per word or per cue.
struct ReplyVocabularyBytes: Sendable {
    /// A cue's term as bytes, and its place in the vocabulary's cues.
    struct CueTerm: Sendable {
        var bytes: [UInt8]
        var cue: Int
    }

    /// For each first byte, the cues that start with it, in the vocabulary's order.
    private var cuesByFirstByte: [[CueTerm]] = Array(repeating: [], count: 256)
    /// The post words that are ASCII, as bytes; the others are matched as strings.
    private var asciiPostWords: [[UInt8]] = []
    /// Whether a post word starts with this byte (ASCII post words only).
    private var postWordStarts = [Bool](repeating: false, count: 256)
    /// The length of the longest ASCII post word.
    private var longestPostWord = 0
    /// Whether some post word is not ASCII (then a non-ASCII word is looked up as a string).
    private(set) var hasNonASCIIPostWords = false

    init(_ vocabulary: ReplyTreeVocabulary) {
        for (index, cue) in vocabulary.cues.enumerated() {
            let bytes = Array(cue.term.utf8)
            guard let first = bytes.first else { continue }
            cuesByFirstByte[Int(first)].append(CueTerm(bytes: bytes, cue: index))
        }
        hasNonASCIIPostWords = vocabulary.postWords.contains { $0.utf8.contains { $0 >= 0x80 } }
        for word in vocabulary.postWords.sorted() where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            asciiPostWords.append(bytes)
            postWordStarts[Int(first)] = true
            longestPostWord = max(longestPostWord, bytes.count)
        }
    }

    /// The cues whose term starts with `byte` (already lowercased), longest first.
    func cues(startingWith byte: UInt8) -> [CueTerm] {
        cuesByFirstByte[Int(byte)]
    }

    /// Whether the ASCII word `word` is, lowercased, one of the ASCII post words.
    func isASCIIPostWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, word.count <= longestPostWord,
            postWordStarts[Int(ReplyTextByte.lower(first))]
        else { return false }
        return asciiPostWords.contains { candidate in
            candidate.count == word.count
                && zip(candidate, word).allSatisfy { expected, byte in ReplyTextByte.lower(byte) == expected }
        }
    }
}
