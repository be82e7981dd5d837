import ThreadModel

/// Every row of an adapter matched against one document, once, and what each node then belongs
/// to: its post, its quote and its reaction (the nearest matched element containing it, itself
/// included), whether it is rendered, and its segment label.
///
/// One pass over the document per row (the selector's `select`), then one preorder walk for all
/// the tables; nothing recurses on the document's depth.
struct DOMRoleMatches {
    /// The matches of each row of the adapter (empty for recognition rows), in document order.
    let matches: [[Int32]]
    /// The post elements, in document order (the first `post` row that matches anything).
    let posts: [Int32]
    /// For each node, the post element it is (its index in `posts`), else -1.
    private(set) var postOf: [Int32]
    /// For each node, the index of the nearest post containing it (itself included), else -1.
    private(set) var owner: [Int32]
    /// For each node, the nearest quote element containing it (itself included) within its post, or
    /// the quote a `quote-header` element containing it stands before; else -1.
    private(set) var quoteOwner: [Int32]
    /// For each node, the nearest reaction element containing it (itself included) within its post, else -1.
    private(set) var reactionOwner: [Int32]
    /// For each node, its position in document order.
    private(set) var order: [Int32]
    /// For each node, whether it and all its ancestors are rendered; `<noscript>` counts as
    /// rendered, since the page was saved without its scripts (Discourse's crawler view).
    private(set) var rendered: [Bool]
    /// For each node, the index in `labels` of the segment its text belongs to.
    private(set) var label: [Int32]
    /// The distinct segment labels.
    private(set) var labels: [SegmentLabel] = []

    /// Matches `adapter` against `document`, all its rows in one walk (``HTMLAdapter/parts``); `nil`
    /// when no `post` row matches.
    /// - Complexity: O(n·k) for n nodes and k rows filed under an element's keys; the walk is O(n).
    init?(document: HTMLDocument, adapter: HTMLAdapter) {
        var matched = [[Int32]](repeating: [], count: adapter.rules.count)
        for (part, elements) in adapter.parts.select(in: document).enumerated() {
            matched[adapter.partRows[part]] = elements
        }
        guard
            let postRule = adapter.rules.indices.first(where: {
                adapter.rules[$0].role == .post && !matched[$0].isEmpty
            })
        else { return nil }
        self.init(document: document, adapter: adapter, matched: matched, postRule: postRule, postTextIsBody: false)
    }

    /// The tables of `adapter` whose rows matched `matched` (one list per row, in document order):
    /// the generic adapter finds its elements itself; the posts are the matches of row `postRule`
    /// (none when `postRule` is `nil`, so that every text is page furniture). With
    /// `postTextIsBody`, a post's text that no row labels is its body rather than post furniture
    /// (the generic adapter's blocks have no body element: their body is the block minus its name,
    /// time and buttons).
    /// - Complexity: O(n + m) for m matches.
    init(document: HTMLDocument, adapter: HTMLAdapter, matched: [[Int32]], postRule: Int?, postTextIsBody: Bool) {
        matches = matched
        posts = postRule.map { matched[$0] } ?? []
        let count = document.nodes.count
        postOf = [Int32](repeating: -1, count: count)
        for (index, element) in posts.enumerated() { postOf[Int(element)] = Int32(index) }
        // The row that labels each node: the most specific role it matches (lowest rank).
        var labelRule = [Int32](repeating: -1, count: count)
        var isQuote = [Bool](repeating: false, count: count)
        var isReaction = [Bool](repeating: false, count: count)
        var headers: [Int32] = []
        var postHeaders: [Int32] = []
        for (index, rule) in adapter.rules.enumerated() {
            if rule.role == .postHeader { postHeaders.append(contentsOf: matches[index]) }
            guard let rank = Self.labelRank[rule.role] else { continue }
            for element in matches[index] {
                if rule.role == .quote { isQuote[Int(element)] = true }
                if rule.role == .reaction { isReaction[Int(element)] = true }
                if rule.role == .quoteHeader { headers.append(element) }
                let known = labelRule[Int(element)]
                if known < 0 || rank < Self.labelRank[adapter.rules[Int(known)].role] ?? .max {
                    labelRule[Int(element)] = Int32(index)
                }
            }
        }
        // A quote header belongs to the quote that is its next element sibling, a post header
        // to the post that is.
        var headedQuote: [Int32: Int32] = [:]
        for header in headers {
            let sibling = document.nextElementSibling(of: header)
            if sibling >= 0, isQuote[Int(sibling)] { headedQuote[header] = sibling }
        }
        var headedPost: [Int32: Int32] = [:]
        for header in postHeaders where postOf[Int(header)] < 0 {
            let sibling = document.nextElementSibling(of: header)
            if sibling >= 0, postOf[Int(sibling)] >= 0 { headedPost[header] = postOf[Int(sibling)] }
        }
        owner = [Int32](repeating: -1, count: count)
        quoteOwner = [Int32](repeating: -1, count: count)
        reactionOwner = [Int32](repeating: -1, count: count)
        order = [Int32](repeating: -1, count: count)
        rendered = [Bool](repeating: false, count: count)
        label = [Int32](repeating: 0, count: count)
        var labelIndex: [SegmentLabel: Int32] = [:]
        func intern(_ value: SegmentLabel) -> Int32 {
            if let known = labelIndex[value] { return known }
            labels.append(value)
            labelIndex[value] = Int32(labels.count - 1)
            return Int32(labels.count - 1)
        }
        let furniture = intern(SegmentLabel(kind: .boilerplate, name: SegmentLabel.pageFurniture, post: nil))
        label[0] = furniture
        rendered[0] = true
        var position: Int32 = 0
        var current = document.following(HTMLDocument.documentIndex, within: HTMLDocument.documentIndex)
        while current >= 0 {
            let node = Int(current)
            let parent = Int(document.nodes[node].parent)
            order[node] = position
            position += 1
            let inherited = parent >= 0
            rendered[node] =
                (inherited ? rendered[parent] : true)
                && (document.nodes[node].kind != .element || document.isRendered(current)
                    || document.nodes[node].isHTML(.noscript))
                && document.nodes[node].kind != .templateContents
            if let post = postOf[node] >= 0 ? postOf[node] : headedPost[current] {
                owner[node] = post
                quoteOwner[node] = isQuote[node] ? current : -1
                reactionOwner[node] = isReaction[node] ? current : -1
                label[node] = intern(
                    postTextIsBody
                        ? SegmentLabel(kind: .body, name: nil, post: Int(post))
                        : SegmentLabel(kind: .boilerplate, name: SegmentLabel.postFurniture, post: Int(post)))
            } else {
                owner[node] = inherited ? owner[parent] : -1
                let post = owner[node]
                quoteOwner[node] =
                    post < 0
                    ? -1 : isQuote[node] ? current : headedQuote[current] ?? (inherited ? quoteOwner[parent] : -1)
                reactionOwner[node] =
                    isReaction[node] && post >= 0 ? current : (inherited ? reactionOwner[parent] : -1)
                label[node] = inherited ? label[parent] : furniture
                if labelRule[node] >= 0 {
                    let rule = adapter.rules[Int(labelRule[node])]
                    if let own = Self.segmentLabel(
                        rule.role, name: rule.name, post: post >= 0 ? Int(post) : nil,
                        inQuote: quoteOwner[node] >= 0)
                    {
                        label[node] = intern(own)
                    }
                }
            }
            current = document.following(current, within: HTMLDocument.documentIndex)
        }
    }

    /// The label rank of each role that labels text: lower is more specific, and wins when one
    /// element matches several rows.
    private static let labelRank: [AdapterRole: Int] = {
        let ranked: [AdapterRole] = [
            .quote, .quoteAuthor, .quoteSource, .quoteHeader, .body, .signature, .editNote, .reaction, .reactionCount,
            .score,
            .author, .authorLink, .time, .postNumber, .postID, .parentID, .depth, .deleted, .title, .boilerplate,
            .nextPage, .previousPage, .canonical,
        ]
        return Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
    }()

    /// The segment a matched element's text belongs to; `nil` when the element does not count
    /// here (a per-post role outside every post), so it inherits its parent's.
    private static func segmentLabel(_ role: AdapterRole, name: String, post: Int?, inQuote: Bool) -> SegmentLabel? {
        switch role {
        case .title: return SegmentLabel(kind: .title, name: nil, post: nil)
        case .boilerplate: return SegmentLabel(kind: .boilerplate, name: name, post: post)
        case .nextPage, .previousPage, .canonical: return SegmentLabel(kind: .boilerplate, name: name, post: post)
        default: break
        }
        guard let post else { return nil }
        switch role {
        case .quote: return SegmentLabel(kind: .quote, name: nil, post: post)
        case .quoteAuthor, .quoteSource, .quoteHeader:
            return inQuote ? SegmentLabel(kind: .quoteHeader, name: role.rawValue, post: post) : nil
        case .body: return SegmentLabel(kind: .body, name: nil, post: post)
        case .signature: return SegmentLabel(kind: .signature, name: nil, post: post)
        case .editNote: return SegmentLabel(kind: .editNote, name: nil, post: post)
        case .reaction, .reactionCount, .score: return SegmentLabel(kind: .reaction, name: role.rawValue, post: post)
        case .deleted: return SegmentLabel(kind: .boilerplate, name: "deleted notice", post: post)
        default: return SegmentLabel(kind: .postHeader, name: role.rawValue, post: post)
        }
    }
}

/// What a run of text is: the segment kind, its name and its post.
struct SegmentLabel: Hashable {
    /// The name of text outside every post that no row names.
    static let pageFurniture = "page furniture"
    /// The name of text inside a post that no row names (buttons, member details).
    static let postFurniture = "post furniture"

    var kind: SegmentKind
    var name: String?
    var post: Int?
}
