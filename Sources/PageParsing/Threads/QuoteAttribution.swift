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
        guard let line = Self.foldedLines(quote.text).first else { return nil }
        return text.post(holding: line, author: quote.author)
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
        text.add(post: index, lines: Self.foldedLines(post.body), author: post.author)
        while authors.count < index { authors.append(nil) }
        authors.append(post.author)
    }

    /// The non-empty lines of `text`, white space folded, as the index keys them.
    package static func foldedLines(_ text: String) -> [[UInt8]] {
        text.split(whereSeparator: \.isNewline).map { Array(AdapterValue.folded(String($0)).utf8) }.filter {
            !$0.isEmpty
        }
    }
}
