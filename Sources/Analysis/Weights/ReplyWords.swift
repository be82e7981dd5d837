/// The words of a reply as the stance features read them: its content words (not @mentions, not
/// the pieces of a link), their lowercased text, and its links.
struct ReplyWords {
    let scan: TextScan
    /// The token indices of the content words, in text order.
    private(set) var content: [Int] = []
    /// The byte ranges of the links (`http://…`, `https://…`, `www.…`).
    private(set) var links: [Range<Int>] = []
    /// The tokens that are @mentions.
    private(set) var mentions = 0

    /// The most @mentions the `rule:mentions` feature counts (its value is the count over this).
    static let mentionsCounted = 4
    /// The shortest run of shared words that counts as quoting the parent.
    static let quotedRun = ParentWords.Run.scalarCount

    init(scan: TextScan) {
        self.scan = scan
        links = scan.contentWords.links
        content = scan.contentWords.tokens
        mentions = scan.contentWords.mentions
    }

    /// Calls `body` with the token index of each content word of `text` (whose bytes are
    /// `bytes`), in text order, given the text's `links`, and returns the number of @mentions.
    /// - Complexity: O(n) in the number of tokens.
    static func forEachContentWord(
        of text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>, links: [Range<Int>], _ body: (Int) -> Void
    ) -> Int {
        var mentions = 0
        var link = 0
        for (index, token) in text.tokens.enumerated() where token.kind == .word {
            while link < links.count, links[link].upperBound <= Int(token.start) { link += 1 }
            if link < links.count, links[link].contains(Int(token.start)) { continue }
            if token.flags.contains(.mention) {
                mentions += 1
                continue
            }
            if continuesHandle(bytes, at: Int(token.start)) { continue }
            body(index)
        }
        return mentions
    }

    /// The first content word, if any.
    var firstContent: Int? { content.first }

    /// The lowercased text of token `index`; a hashtag whole, though the analyzer reads it as the
    /// words it runs together (`#FakeNews` is `#fakenews`).
    func text(_ index: Int) -> String {
        Self.text(index, in: scan)
    }

    /// The lowercased text of token `index` of `scan` (see `text(_:)`).
    static func text(_ index: Int, in scan: TextScan) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: scan.bytes[textRange(index, in: scan)]), as: UTF8.self)
            .lowercased()
    }

    /// The byte range of the text of token `index` of `scan` (see `text(_:)`).
    static func textRange(_ index: Int, in scan: TextScan) -> Range<Int> {
        textRange(scan.text.tokens[index], in: scan.bytes)
    }

    /// The byte range of the text of `token` in `bytes` (see `text(_:)`).
    static func textRange(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = Int(token.end)
        if bytes[Int(token.start)] == ASCII.hash {
            while end < bytes.count, bytes[end] == ASCII.underscore || ASCII.isAlphanumeric(bytes[end]) {
                end += 1
            }
        }
        return Int(token.start)..<end
    }

    /// The rules of the reply's shape that hold, each with the tokens it covers when it has a place:
    /// `question` (a `?`), `final-question` (nothing but links, mentions and tags after its last
    /// `?`), `link`, `bare-link` (a link and at most two words), `no-words` (only mentions),
    /// `retweet` (`RT @name`, or a tweet quoted as `"@name: …"`), `exclamation`, `short` (at most
    /// three words), `hashtag`.
    func shapeRules() -> [(String, Range<Int>?)] {
        let tokens = scan.text.tokens
        var rules: [(String, Range<Int>?)] = []
        let questionMarks = tokens.indices.filter {
            tokens[$0].kind == .punctuation && tokens[$0].byte == ASCII.question
        }
        if let last = questionMarks.last {
            rules.append(("question", last..<last + 1))
            if content.last.map({ $0 < last || isTag($0) }) ?? true {
                rules.append(("final-question", last..<last + 1))
            }
        }
        if !links.isEmpty {
            rules.append(("link", nil))
            if content.count <= 2 { rules.append(("bare-link", nil)) }
        }
        if content.isEmpty, links.isEmpty { rules.append(("no-words", nil)) }
        if let retweet = retweet() { rules.append(("retweet", retweet)) }
        if let mark = tokens.indices.first(where: {
            tokens[$0].kind == .punctuation && tokens[$0].byte == ASCII.exclamation
        }) {
            rules.append(("exclamation", mark..<mark + 1))
        }
        if !content.isEmpty, content.count <= 3 { rules.append(("short", nil)) }
        if let tag = content.first(where: isTag) { rules.append(("hashtag", tag..<tag + 1)) }
        return rules
    }

    /// The share of the content words found in the parent, and the first run of at least
    /// `quotedRun` content words that the parent has in the same order, if any.
    /// - Complexity: O(n) in the bytes of the content words, one hash probe per word and per run.
    func overlap(with parent: ParentWords) -> (share: Double, quoted: Range<Int>?) {
        guard !content.isEmpty else { return (0, nil) }
        var ids: [Int32] = []
        ids.reserveCapacity(content.count)
        scan.contentWords.forEachWord { _, word, hash in ids.append(parent.id(of: word, hash: hash)) }
        let shared = ids.count(where: { $0 >= 0 })
        var quoted: Range<Int>?
        if ids.count >= Self.quotedRun {
            for start in 0...(ids.count - Self.quotedRun) {
                let run = ParentWords.Run(ids[start..<start + Self.quotedRun])
                if run.min() >= 0, parent.runs.contains(run) {
                    quoted = content[start]..<content[start + Self.quotedRun - 1] + 1
                    break
                }
            }
        }
        return (Double(shared) / Double(content.count), quoted)
    }

    /// Whether token `index` is a hashtag.
    private func isTag(_ index: Int) -> Bool {
        scan.bytes[Int(scan.text.tokens[index].start)] == ASCII.hash
    }

    /// `RT @name` at the start, or a quoted tweet (`"@name: …"`, `“@name: …”`): the tokens of the marker.
    private func retweet() -> Range<Int>? {
        let tokens = scan.text.tokens
        for index in tokens.indices where index + 1 < tokens.count {
            let token = tokens[index]
            if token.kind == .word, !token.flags.contains(.mention), token.end - token.start == 2, text(index) == "rt",
                tokens[index + 1].flags.contains(.mention)
            {
                return index..<index + 2
            }
            if token.flags.contains(.mention), Self.opensQuote(scan.bytes, before: Int(token.start)),
                index + 1 < tokens.count, tokens[index + 1].byte == ASCII.colon
            {
                return index..<index + 2
            }
        }
        return nil
    }

    /// Whether the word at `offset` goes on an @handle or a tag past an underscore
    /// (`news` in `@metro_news`), so that it is part of the name, not a word of the reply.
    static func continuesHandle(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var index = offset
        while index > 0, bytes[index - 1] == ASCII.underscore || ASCII.isAlphanumeric(bytes[index - 1]) { index -= 1 }
        return index > 0 && index < offset && (bytes[index - 1] == ASCII.at || bytes[index - 1] == ASCII.hash)
    }

    /// Whether an opening quote mark (`"` or `“`) stands right before byte `offset`.
    private static func opensQuote(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        if offset >= 1, bytes[offset - 1] == ASCII.quote { return true }
        return offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80 && bytes[offset - 1] == 0x9C
    }

    /// The byte ranges of links: from `http://`, `https://` or `www.` to the next white space.
    /// - Complexity: O(n) in the bytes.
    static func links(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        func starts(_ prefix: StaticString, at offset: Int) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            for position in 0..<count where ASCII.lowercased(bytes[offset + position]) != prefix.utf8Start[position] {
                return false
            }
            return true
        }
        while index < bytes.count {
            // Only an `h` or a `w` of either case can start a link (no other byte has their bits
            // but the case bit): the other bytes cost two comparisons.
            let folded = bytes[index] | ASCII.caseBit
            let atWordStart =
                (folded == UInt8(ascii: "h") || folded == UInt8(ascii: "w"))
                && (index == 0 || !ASCII.isAlphanumeric(bytes[index - 1]))
            if atWordStart, starts("http://", at: index) || starts("https://", at: index) || starts("www.", at: index) {
                var end = index
                while end < bytes.count, !ASCII.isSpace(bytes[end]) { end += 1 }
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }
}

/// The words of the parent post that a reply is compared with: its content words, lowercased,
/// each with an id, and its runs of `ReplyWords.quotedRun` words as runs of ids.
struct ParentWords {
    /// `ReplyWords.quotedRun` consecutive word ids.
    typealias Run = SIMD4<Int32>

    /// The lowercased content words.
    private var words = ByteStringTable()
    /// Every run of `ReplyWords.quotedRun` content words.
    private(set) var runs = RunSet()
    /// Whether the parent asks something (has a `?`).
    private(set) var asks = false

    /// - Complexity: O(n) in the length of the parent.
    init(_ parent: String, vocabulary: Vocabulary) {
        var parent = parent
        parent.withUTF8 { bytes in
            let text = TokenizedText(bytes, vocabulary: vocabulary, boundariesOnly: true)
            let links = ReplyWords.links(in: bytes)
            var ordered = LowercasedWords()
            var link = 0
            for token in text.tokens {
                if token.kind == .punctuation {
                    if token.byte == ASCII.question { asks = true }
                    continue
                }
                while link < links.count, links[link].upperBound <= Int(token.start) { link += 1 }
                if link < links.count && links[link].contains(Int(token.start)) || token.flags.contains(.mention)
                    || ReplyWords.continuesHandle(bytes, at: Int(token.start))
                {
                    continue
                }
                ordered.append(Int(token.start)..<Int(token.end), of: bytes)
            }
            var ids: [Int32] = []
            ids.reserveCapacity(ordered.count)
            words = ByteStringTable(capacity: ordered.count, bytes: bytes.count)
            ordered.forEachWord { ids.append(words.insert($0)) }
            runs = RunSet(capacity: max(0, ids.count - ReplyWords.quotedRun + 1))
            if ids.count >= ReplyWords.quotedRun {
                for start in 0...(ids.count - ReplyWords.quotedRun) {
                    runs.insert(Run(ids[start..<start + ReplyWords.quotedRun]))
                }
            }
        }
    }

    /// The id of the lowercased word `word`, whose `ByteStringTable.hash` is `hash`, when the parent has it, else -1.
    func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        words.find(word, hash: hash) ?? -1
    }
}
