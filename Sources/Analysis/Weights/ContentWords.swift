/// A text's content words as the learned weights read them (not @mentions, not the pieces of a
/// link or a handle: `ReplyWords.forEachContentWord`), each lowercased and hashed once for every
/// reader: the incivility weights' words, the reply's word features and its overlap with the parent.
struct ContentWords {
    /// The token indices of the content words, in text order.
    let tokens: [Int]
    /// The byte ranges of the text's links.
    let links: [Range<Int>]
    /// The number of @mentions.
    let mentions: Int
    /// The words lowercased (`appendComparableLowercased`), in the order of `tokens`.
    private let words: LowercasedWords
    /// The `ByteStringTable.hash` of each lowercased word.
    private let hashes: [UInt64]

    /// Reads the content words of `text`, whose bytes are `bytes`.
    /// - Complexity: O(n) in the bytes of the text.
    init(_ text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) {
        let links = ReplyWords.links(in: bytes)
        var tokens: [Int] = []
        var words = LowercasedWords()
        mentions = ReplyWords.forEachContentWord(of: text, bytes: bytes, links: links) { index in
            tokens.append(index)
            words.append(ReplyWords.textRange(text.tokens[index], in: bytes), of: bytes)
        }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        words.forEachWord { hashes.append(ByteStringTable.hash($0)) }
        self.links = links
        self.tokens = tokens
        self.words = words
        self.hashes = hashes
    }

    /// Calls `body` with each content word's position in `tokens`, its lowercased bytes and their hash.
    func forEachWord(_ body: (_ position: Int, _ word: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Void) {
        var position = 0
        words.forEachWord { word in
            body(position, word, hashes[position])
            position += 1
        }
    }
}
