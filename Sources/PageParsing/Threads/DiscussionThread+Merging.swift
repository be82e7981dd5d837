import ThreadModel

extension DiscussionThread {
    /// The pages of one thread as one thread, in the order given: the first page's source, title,
    /// platform and addresses, every page's warnings (a later page's named by its source), and `merge` naming the pages and `by`.
    ///
    /// A post already seen on an earlier page (the same platform id, else the same author, time
    /// and body) counts once: its later copy is dropped, and what pointed at it (quotes, explicit
    /// parents, segments) points at the first copy. Posts are renumbered in page order. Quotes
    /// that their page could not attribute are then attributed across pages with the one
    /// ``QuoteAttribution``; a source post without an author gets the quote header's name,
    /// marked inferred. A page's title fills in when an earlier page has none.
    /// - Complexity: O(p + q) for p posts and q quotes, each quote looked up in bounded time.
    package static func merging(_ pages: [DiscussionThread], by reason: PageMerge.Reason = .forced) -> DiscussionThread
    {
        guard var merged = pages.first else {
            return DiscussionThread(source: "-", title: nil, platform: "unknown", posts: [], segments: [])
        }
        guard pages.count > 1 else { return merged }
        merged.posts = []
        merged.segments = []
        merged.warnings = []
        var seenIDs: [String: Int] = [:]
        var seenContent: [String: Int] = [:]
        for (number, page) in pages.enumerated() {
            if merged.title == nil { merged.title = page.title }
            // Where each of the page's posts went in the merged thread.
            var global: [Int] = []
            global.reserveCapacity(page.posts.count)
            var kept: [Bool] = []
            var next = merged.posts.count
            for post in page.posts {
                if let first = post.platformID.flatMap({ seenIDs[$0] }) ?? contentKey(post).flatMap({ seenContent[$0] })
                {
                    global.append(first)
                    kept.append(false)
                } else {
                    global.append(next)
                    kept.append(true)
                    next += 1
                }
            }
            func map(_ index: Int?) -> Int? { index.flatMap { $0 < global.count ? global[$0] : nil } }
            func remap(_ quote: Quote) -> Quote {
                var quote = quote
                quote.postIndex = map(quote.postIndex)
                quote.quotes = quote.quotes.map(remap)
                return quote
            }
            for (local, var post) in page.posts.enumerated() where kept[local] {
                post.index = global[local]
                post.replyTo = map(post.replyTo)
                post.quotes = post.quotes.map(remap)
                merged.posts.append(post)
            }
            for (local, post) in page.posts.enumerated() where kept[local] {
                if let id = post.platformID, seenIDs[id] == nil { seenIDs[id] = global[local] }
                if let key = contentKey(post), seenContent[key] == nil { seenContent[key] = global[local] }
            }
            merged.segments += page.segments.map { segment in
                var segment = segment
                segment.post = map(segment.post)
                return segment
            }
            merged.warnings += page.warnings.map {
                number == 0 ? $0 : ParseWarning(byteOffset: $0.byteOffset, message: "\(page.source): \($0.message)")
            }
        }
        merged.merge = PageMerge(pages: pages.map(\.source), by: reason)
        merged.resolveParentsAcrossPages()
        merged.attributeQuotesAcrossPages()
        return merged
    }

    /// What makes two posts without platform ids the same post: author, time and body, when
    /// the post has a body and an author or a time.
    private static func contentKey(_ post: Post) -> String? {
        guard !post.body.isEmpty, post.author != nil || post.timestamp != nil || post.isoTime != nil else {
            return nil
        }
        return "\(post.author ?? "")\u{0}\(post.isoTime ?? post.timestamp ?? "")\u{0}\(post.body)"
    }

    /// Points each post whose markup names its parent at that parent when it is an earlier post of
    /// the merged thread, whether or not it was on the post's own page (a reply on page 2 to a
    /// comment on page 1), as a page alone does with the parents on it; a post that answers the
    /// thread by the platform's rule (``Post/repliesToThread``) at the opening post, not at its
    /// own page's first post.
    /// - Complexity: O(p), each id looked up in constant time (``QuoteAttribution``).
    mutating func resolveParentsAcrossPages() {
        var attribution = QuoteAttribution()
        for index in posts.indices {
            if let id = posts[index].parentID, let parent = attribution.post(identifiedBy: id), parent < index {
                posts[index].replyTo = parent
            } else if posts[index].repliesToThread, index > 0 {
                posts[index].replyTo = 0
            }
            attribution.add(posts[index], at: index)
        }
    }

    /// Attributes the quotes their page left unattributed (``QuoteAttribution``, over the
    /// merged posts in order); a source post without an author gets the quote header's name.
    /// - Complexity: O(p + q), each quote looked up in bounded time.
    mutating func attributeQuotesAcrossPages() {
        var attribution = QuoteAttribution()
        for index in posts.indices {
            for position in posts[index].quotes.indices where posts[index].quotes[position].postIndex == nil {
                let header = posts[index].quotes[position].author
                attribution.attribute(&posts[index].quotes[position])
                guard let source = posts[index].quotes[position].postIndex, source < index else {
                    posts[index].quotes[position].postIndex = nil
                    continue
                }
                if posts[source].author == nil, let name = header {
                    posts[source].author = name
                    posts[source].authorInferred = true
                }
            }
            attribution.add(posts[index], at: index)
        }
    }
}
