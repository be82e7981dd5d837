extension DiscussionThread {
    /// The pages of one thread as one thread: posts renumbered in page order (quotes, explicit
    /// parents and segments follow), the first page's source, title and platform, every warning.
    /// A page's title fills in when an earlier page has none. Quotes of posts on earlier pages
    /// are then attributed (see `attributingQuotesAcrossPages`).
    static func merging(_ pages: [DiscussionThread]) -> DiscussionThread {
        guard var merged = pages.first else {
            return DiscussionThread(source: "-", title: nil, platform: "unknown", posts: [], segments: [])
        }
        for page in pages.dropFirst() {
            let offset = merged.posts.count
            if merged.title == nil { merged.title = page.title }
            for var post in page.posts {
                post.index += offset
                post.replyTo = post.replyTo.map { $0 + offset }
                post.quotes = post.quotes.map { quote in
                    var quote = quote
                    quote.postIndex = quote.postIndex.map { $0 + offset }
                    return quote
                }
                merged.posts.append(post)
            }
            merged.segments += page.segments.map { segment in
                var segment = segment
                segment.post = segment.post.map { $0 + offset }
                return segment
            }
            merged.warnings += page.warnings.map {
                ParseWarning(byteOffset: $0.byteOffset, message: "\(page.source): \($0.message)")
            }
        }
        if pages.count > 1 { merged.attributeQuotesAcrossPages() }
        return merged
    }

    /// How many posts back a quote is looked for when its page did not hold the quoted post.
    static let quoteSearchWindow = 200

    /// Finds the post a quote came from when the page of the quote did not hold it: the latest
    /// earlier post (within `quoteSearchWindow`) whose words contain the quote's words, white
    /// space normalised. The quote gets that post's index; a post without an author gets the
    /// quote header's name, marked inferred.
    /// - Complexity: O(q × w × m): quotes, the window, and the length of the posts compared.
    mutating func attributeQuotesAcrossPages() {
        var normalized: [Int: String] = [:]
        func words(_ index: Int) -> String {
            if let known = normalized[index] { return known }
            let text = Self.normalizedWords(posts[index].body)
            normalized[index] = text
            return text
        }
        for index in posts.indices {
            for position in posts[index].quotes.indices where posts[index].quotes[position].postIndex == nil {
                let quote = Self.normalizedWords(posts[index].quotes[position].text)
                guard !quote.isEmpty else { continue }
                let earliest = max(0, index - Self.quoteSearchWindow)
                guard let source = (earliest..<index).reversed().first(where: { words($0).contains(quote) }) else {
                    continue
                }
                posts[index].quotes[position].postIndex = source
                if posts[source].author == nil, let name = posts[index].quotes[position].author {
                    posts[source].author = name
                    posts[source].authorInferred = true
                }
            }
        }
    }

    /// The text's words joined by single spaces.
    static func normalizedWords(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
