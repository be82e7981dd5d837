/// A text's content words as the learned weights read them (not @mentions, not the pieces of a
/// link or a handle: `ReplyWords.forEachContentWord`), each lowercased and hashed once for every
/// reader: the incivility weights' words, the reply's word features and its overlap with the parent.
struct ContentWords {
    /// One content word: its token, where its lowercased bytes end in `pool` (they start where the
    /// previous word's end), and their `ByteStringTable.hash`.
    private struct Word {
        var token: Int32
        var end: Int32
        var hash: UInt64
    }

    /// The byte ranges of the text's links.
    let links: [Range<Int>]
    /// The number of @mentions.
    let mentions: Int
    private let words: [Word]
    /// The words lowercased (`appendComparableLowercased`), back to back.
    private let pool: [UInt8]

    /// The token indices of the content words, in text order.
    var tokens: [Int] { words.map { Int($0.token) } }

    /// Reads the content words of `text`, whose bytes are `bytes`: an ASCII word is lowercased and
    /// hashed in one pass over its bytes.
    /// - Complexity: O(n) in the bytes of the text.
    init(_ text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) {
        let links = ReplyWords.links(in: bytes)
        var words: [Word] = []
        words.reserveCapacity(text.tokens.count)
        var pool: [UInt8] = []
        pool.reserveCapacity(bytes.count)
        mentions = ReplyWords.forEachContentWord(of: text, bytes: bytes, links: links) { index in
            let range = ReplyWords.textRange(text.tokens[index], in: bytes)
            let start = pool.count
            var hash = ByteStringTable.offsetBasis
            var offset = range.lowerBound
            while offset < range.upperBound, bytes[offset] < 0x80 {
                let byte = ASCII.lowercased(bytes[offset])
                pool.append(byte)
                hash = ByteStringTable.hash(hash, byte)
                offset += 1
            }
            if offset < range.upperBound {
                pool.removeSubrange(start...)
                bytes.appendComparableLowercased(range, to: &pool)
                hash = ByteStringTable.hash(pool[start...])
            }
            words.append(Word(token: Int32(index), end: Int32(pool.count), hash: hash))
        }
        self.links = links
        self.words = words
        self.pool = pool
    }

    /// Calls `body` with each content word's token index, its lowercased bytes and their hash, in text order.
    func forEachWord(_ body: (_ token: Int, _ word: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Void) {
        pool.withUnsafeBufferPointer { pool in
            var start = 0
            for word in words {
                body(Int(word.token), UnsafeBufferPointer(rebasing: pool[start..<Int(word.end)]), word.hash)
                start = Int(word.end)
            }
        }
    }
}
