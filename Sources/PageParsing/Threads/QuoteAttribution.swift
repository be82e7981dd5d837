import ThreadModel

/// The one quote attribution: which earlier post a quote came from, used by the DOM adapter
/// within a page and by the page merger across pages.
///
/// A quote's source id names a post by its platform id (`post: 1001` and `post-1001` agree,
/// see `AdapterValue.idKey`), else by its number as the forum shows it; a quote without one is
/// found by its first line of text (``QuoteIndex``, which the copied-text reader uses too).
/// The quote then takes the source post's author when its header names none.
package struct QuoteAttribution: Sendable {
    private var ids: [String: Int] = [:]
    private var numbers: [Int: Int] = [:]
    private var text = QuoteIndex()
    /// The folded lines of every post added, in order: the lines `text` indexes by number.
    private var lines: [ArraySlice<UInt8>] = []
    private var authors: [String?] = []

    /// An empty index.
    package init() {}

    /// The post with platform id (or number) `id`, the first one added.
    /// - Complexity: O(1).
    package func post(identifiedBy id: String) -> Int? {
        let key = AdapterValue.idKey(id)
        return ids[key] ?? Int(key).flatMap { numbers[$0] }
    }

    /// The earlier post `quote` came from, if one was added.
    /// - Complexity: O(1) by id or by a whole line; a partial line is looked for in a bounded
    ///   number of posts (``QuoteIndex``).
    package func source(of quote: Quote) -> Int? {
        if let id = quote.sourceID, let post = post(identifiedBy: id) { return post }
        guard let line = Self.foldedLines(quote.text).first?[...] else { return nil }
        return text.post(holding: line, author: quote.author) { lines[$0] }
    }

    /// Gives `quote` (and the quotes nested in it) the index of its source post when it has
    /// none, and that post's author when its header names none.
    package func attribute(_ quote: inout Quote) {
        if quote.postIndex == nil { quote.postIndex = source(of: quote) }
        if quote.author == nil, let index = quote.postIndex, index < authors.count { quote.author = authors[index] }
        for position in quote.quotes.indices { attribute(&quote.quotes[position]) }
    }

    /// Adds `post` at `index` (posts are added in thread order, after their quotes are attributed).
    package mutating func add(_ post: Post, at index: Int) {
        if let id = post.platformID {
            let key = AdapterValue.idKey(id)
            if ids[key] == nil { ids[key] = index }
        }
        if let number = post.number, numbers[number] == nil { numbers[number] = index }
        let folded = Self.foldedLines(post.body).map { $0[...] }
        text.add(
            post: index, bodyLines: Array(lines.count..<(lines.count + folded.count)), foldedLines: folded,
            author: post.author)
        lines += folded
        while authors.count < index { authors.append(nil) }
        authors.append(post.author)
    }

    /// The non-empty lines of `text`, white space folded, as the index keys them.
    /// - Complexity: O(n) in the text's UTF-8 length.
    package static func foldedLines(_ text: String) -> [[UInt8]] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [[UInt8]] = []
            var start = 0
            var index = 0
            while index <= bytes.count {
                let length = index < bytes.count ? newlineLength(bytes, at: index) : 1
                guard length > 0 else {
                    index += 1
                    continue
                }
                let line = AdapterValue.foldedBytes(bytes[start..<index])
                if !line.isEmpty { lines.append(line) }
                index += length
                start = index
            }
            return lines
        }
    }

    /// The length of the newline character (as `Character.isNewline` has them: LF, VT, FF, CR,
    /// U+0085, U+2028, U+2029) at `index` of the UTF-8 `bytes`, or 0.
    private static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte >= 0x0A && byte <= 0x0D { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
            return 3
        }
        return 0
    }
}
