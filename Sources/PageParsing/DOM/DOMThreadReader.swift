import Foundation
import ThreadModel

/// Builds a thread straight from a page's DOM with one platform's adapter (its `html.tsv`):
/// posts in document order with their header facts, own words, quotes, reactions, signature and
/// edit note, their parents from the markup, and segments that cover every visible text node once.
struct DOMThreadReader {
    let document: HTMLDocument
    let adapter: HTMLAdapter
    let offsets: HTMLPage
    /// Whether the thread gets its segments; off when it only goes into a report.
    var keepsSegments = true
    /// The matches of each row, when the caller found them itself (the generic adapter), with
    /// the index of the `post` row and whether unlabelled post text is body; `nil` to select them
    /// with the rows' selectors.
    var given: (matches: [[Int32]], postRule: Int?, postTextIsBody: Bool)? = nil

    /// The thread, or `nil` when no `post` row of the adapter matches.
    /// - Complexity: O(r·n·s) to match r rows over n nodes, then O(n + p·q) for p posts whose
    ///   quotes are each looked up in constant time (``QuoteAttribution``).
    func read(source: String) -> DiscussionThread? {
        let found =
            given.map {
                DOMRoleMatches(
                    document: document, adapter: adapter, matched: $0.matches, postRule: $0.postRule,
                    postTextIsBody: $0.postTextIsBody)
            }
            ?? DOMRoleMatches(document: document, adapter: adapter)
        guard let tables = found else { return nil }
        let cut = contentCuts(tables)
        let postCount = tables.posts.count
        // Each per-post role's matches in each post: for a single-valued role every candidate in
        // row order (the first that gives a value is used); for the others one match per element
        // (the first row that gives a value), in document order.
        var candidates: [AdapterRole: [[Match]]] = [:]
        var all: [AdapterRole: [[Match]]] = [:]
        for (index, rule) in adapter.rules.enumerated() where rule.role.isPerPost || rule.role.isPerQuote {
            let several = Self.multiValued.contains(rule.role) || rule.role.isPerQuote
            for element in tables.matches[index] {
                let post = Int(tables.owner[Int(element)])
                guard post >= 0 else { continue }
                let match = Match(node: element, rule: index)
                if several {
                    all[rule.role, default: Array(repeating: [], count: postCount)][post].append(match)
                } else {
                    // In place (the `default:` subscript modifies the stored array): a copy of
                    // the slots per match would make this quadratic in the posts.
                    candidates[rule.role, default: Array(repeating: [], count: postCount)][post].append(match)
                }
            }
        }
        for (role, lists) in all {
            all[role] = lists.map { list in
                var seen = Set<Int32>()
                return list.sorted { (tables.order[Int($0.node)], $0.rule) < (tables.order[Int($1.node)], $1.rule) }
                    .filter { match in
                        guard !seen.contains(match.node) else { return false }
                        guard !role.readsValue || !take(match).isEmpty else { return false }
                        seen.insert(match.node)
                        return true
                    }
            }
        }
        /// The first match of `role` in `post`.
        func firstMatch(_ role: AdapterRole, _ post: Int) -> Match? { candidates[role]?[post].first }
        /// The first match of `role` in `post` that gives a value, with the value.
        func value(_ role: AdapterRole, _ post: Int) -> (match: Match, value: String)? {
            for match in candidates[role]?[post] ?? [] {
                let text = take(match)
                if !text.isEmpty { return (match, text) }
            }
            return nil
        }

        var posts: [Post] = []
        var attribution = QuoteAttribution()
        var depths: [Int?] = []
        var explicitParents: [String?] = []
        for post in 0..<postCount {
            let element = tables.posts[post]
            var draft = Post(index: post, span: offsets.span(document.nodes[Int(element)].range))
            draft.author = value(.author, post)?.value
            draft.authorLink = value(.authorLink, post)?.value
            if draft.authorLink == nil, let author = value(.author, post),
                document.nodes[Int(author.match.node)].isHTML(.a)
            {
                draft.authorLink = document.attribute("href", of: author.match.node)
            }
            if let time = timeValue(candidates[.time]?[post] ?? [], cut) {
                draft.timestamp = time.shown
                draft.isoTime = time.iso
            }
            draft.platformID =
                value(.postID, post)?.value ?? document.attribute("id", of: element).flatMap(nonEmpty)
            draft.number = value(.postNumber, post).flatMap { AdapterValue.firstNumber($0.value) }
            draft.score = value(.score, post).flatMap { AdapterValue.firstNumber($0.value) }
            draft.isDeleted = firstMatch(.deleted, post) != nil
            draft.editNote = value(.editNote, post)?.value
            draft.signature = firstMatch(.signature, post).flatMap {
                nonEmpty(Self.trimmed(document.visibleText(of: $0.node, skipping: cut)))
            }
            let bodyNode = firstMatch(.body, post)?.node ?? element
            draft.body =
                tables.rendered[Int(bodyNode)] ? Self.trimmed(document.visibleText(of: bodyNode, skipping: cut)) : ""
            draft.reactions = reactions(post, all[.reaction]?[post] ?? [], all[.reactionCount]?[post] ?? [], tables)
            draft.quotes = quotes(post, all[.quote]?[post] ?? [], all, tables, cut, attribution)
            depths.append(value(.depth, post).flatMap { AdapterValue.firstNumber($0.value) })
            explicitParents.append(value(.parentID, post)?.value)
            attribution.add(draft, at: post)
            posts.append(draft)
        }
        let parents = replyParents(tables, depths: depths, explicit: explicitParents, attribution)
        for index in posts.indices {
            posts[index].replyTo = parents.parents[index]
            posts[index].repliesToThread = parents.toThread[index]
            posts[index].parentID = explicitParents[index]
        }
        var thread = DiscussionThread(
            source: source, title: title(tables), platform: adapter.name, posts: posts,
            segments: keepsSegments ? DOMSegments.segments(document: document, tables: tables, offsets: offsets) : [],
            format: "html")
        thread.canonicalURL = pageLink(.canonical, tables)
        thread.nextPageURL = pageLink(.nextPage, tables)
        thread.previousPageURL = pageLink(.previousPage, tables)
        return thread
    }

    /// The roles a post may have several of.
    private static let multiValued: Set<AdapterRole> = [.quote, .reaction, .reactionCount]

    /// Every matched element but bodies and quote texts, marked by node index: the nodes a body's,
    /// quote's or signature's visible text leaves out (``HTMLDocument/visibleText(of:limit:skipping:)``),
    /// so that it is its own words only: without quotes, signatures, edit notes, reactions,
    /// headers, boilerplate and nested posts. A mark per node, not a copy of the document.
    /// - Complexity: O(n + m) for m matched elements.
    private func contentCuts(_ tables: DOMRoleMatches) -> [Bool] {
        var cut = [Bool](repeating: false, count: document.nodes.count)
        for (index, rule) in adapter.rules.enumerated() {
            switch rule.role {
            case .body, .quoteText, .deleted, .detect, .require: continue
            default: for element in tables.matches[index] { cut[Int(element)] = true }
            }
        }
        for element in tables.posts { cut[Int(element)] = true }
        return cut
    }

    /// A match: the element and the row (its index in the adapter) that matched it.
    typealias Match = (node: Int32, rule: Int)

    /// The value a row reads from the element it matched: its take, cut down by its pattern.
    private func take(_ match: Match) -> String {
        let rule = adapter.rules[match.rule]
        let value: String
        switch rule.take {
        case .text: value = AdapterValue.folded(document.visibleText(of: match.node))
        case .attribute(let name):
            value = AdapterValue.folded(String(decoding: document.attribute(name, of: match.node) ?? [], as: UTF8.self))
        }
        guard let pattern = rule.pattern else { return value }
        return pattern.extract(from: value) ?? ""
    }

    /// A post's time: the first candidate that gives one. A text take is the time as shown (and
    /// ISO 8601 when it reads as such); an attribute take gives the ISO time, the element's own
    /// text without the parts other rows name (`content`) being the time as shown, so a
    /// `<span title>` without the attribute still shows one.
    private func timeValue(_ candidates: [Match], _ cut: [Bool]) -> (shown: String, iso: String?)? {
        for match in candidates {
            let given = take(match)
            if adapter.rules[match.rule].take == .text {
                if !given.isEmpty { return (given, AdapterValue.isoTime(given)) }
                continue
            }
            let shown = AdapterValue.folded(document.visibleText(of: match.node, skipping: cut))
            if let text = nonEmpty(shown) ?? nonEmpty(given) { return (text, AdapterValue.isoTime(given)) }
        }
        return nil
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// A post's reactions: each `reaction` element's name, with the count inside it, else the
    /// post's k-th `reaction-count` outside every reaction, else a number in the name, else 1.
    private func reactions(_ post: Int, _ elements: [Match], _ counts: [Match], _ tables: DOMRoleMatches) -> [Reaction]
    {
        var inside: [Int32: Int] = [:]
        var loose: [Int] = []
        for count in counts {
            let value = AdapterValue.count(take(count))
            let reaction = tables.reactionOwner[Int(count.node)]
            if reaction >= 0 && reaction != count.node { inside[reaction] = value } else { loose.append(value) }
        }
        var result: [Reaction] = []
        for (position, element) in elements.enumerated() {
            let (name, number) = AdapterValue.nameAndCount(take(element))
            guard !name.isEmpty else { continue }
            let count = inside[element.node] ?? (position < loose.count ? loose[position] : nil) ?? number ?? 1
            result.append(Reaction(name: name, count: count))
        }
        return result
    }

    /// A post's quotes as a tree (a quote inside a quote is nested in it), each with its author,
    /// source id and quoted post (``QuoteAttribution``).
    private func quotes(
        _ post: Int, _ elements: [Match], _ all: [AdapterRole: [[Match]]], _ tables: DOMRoleMatches,
        _ cut: [Bool], _ attribution: QuoteAttribution
    ) -> [Quote] {
        guard !elements.isEmpty else { return [] }
        /// Each quote's match of `role`: the first row (in file order) that has one in the quote.
        func owned(_ role: AdapterRole) -> [Int32: Match] {
            var result: [Int32: Match] = [:]
            for match in (all[role]?[post] ?? []).sorted(by: { $0.rule < $1.rule }) {
                let quote = tables.quoteOwner[Int(match.node)]
                if quote >= 0, result[quote] == nil { result[quote] = match }
            }
            return result
        }
        let authors = owned(.quoteAuthor)
        let sources = owned(.quoteSource)
        let texts = owned(.quoteText)
        var built: [Int32: Quote] = [:]
        var parentOf: [Int32: Int32] = [:]
        for element in elements {
            let node = element.node
            let parent = document.nodes[Int(node)].parent
            let enclosing = parent >= 0 ? tables.quoteOwner[Int(parent)] : -1
            if enclosing >= 0 { parentOf[node] = enclosing }
            var quote = Quote(
                author: authors[node].flatMap { nonEmpty(take($0)) }, postIndex: nil, time: nil,
                text: Self.trimmed(document.visibleText(of: texts[node]?.node ?? node, skipping: cut)),
                span: offsets.span(document.nodes[Int(node)].range))
            quote.sourceID = sources[node].flatMap { nonEmpty(take($0)) }
            attribution.attribute(&quote)
            built[node] = quote
        }
        // Attach each nested quote to its enclosing one, innermost first (reverse document order).
        for element in elements.reversed() {
            guard let parent = parentOf[element.node], let child = built[element.node], built[parent] != nil else {
                continue
            }
            built[parent]?.quotes.insert(child, at: 0)
        }
        return elements.compactMap { parentOf[$0.node] == nil ? built[$0.node] : nil }
    }

    /// Each post's parent: the post its parent id names (an earlier post), else the nearest
    /// earlier post less deep (depth rows), else the post whose element contains it, else the
    /// first post when the adapter says `roots first-post`.
    private func replyParents(
        _ tables: DOMRoleMatches, depths: [Int?], explicit: [String?], _ attribution: QuoteAttribution
    ) -> (parents: [Int?], toThread: [Bool]) {
        var parents = [Int?](repeating: nil, count: tables.posts.count)
        var toThread = [Bool](repeating: false, count: tables.posts.count)
        let deep = depths.indices.filter { depths[$0] != nil }
        var depthParents: [Int: Int] = [:]
        for (position, parent) in ListNesting.parents(depths: deep.map { depths[$0]! }).enumerated() {
            if let parent { depthParents[deep[position]] = deep[parent] }
        }
        for post in parents.indices {
            if let id = explicit[post] {
                if let parent = attribution.post(identifiedBy: id), parent < post {
                    parents[post] = parent
                    continue
                }
            }
            if let parent = depthParents[post] {
                parents[post] = parent
                continue
            }
            let container = document.nodes[Int(tables.posts[post])].parent
            if container >= 0, tables.owner[Int(container)] >= 0 {
                parents[post] = Int(tables.owner[Int(container)])
                continue
            }
            if adapter.rootsReplyToFirstPost && post > 0 {
                parents[post] = 0
                toThread[post] = true
            }
        }
        return (parents, toThread)
    }

    private func title(_ tables: DOMRoleMatches) -> String? {
        for (index, rule) in adapter.rules.enumerated() where rule.role == .title {
            if let element = tables.matches[index].first, let text = nonEmpty(take(Match(element, index))) {
                return text
            }
        }
        let element = document.firstElement(.title)
        return element >= 0 ? nonEmpty(AdapterValue.folded(document.textContent(of: element))) : nil
    }

    private func pageLink(_ role: AdapterRole, _ tables: DOMRoleMatches) -> String? {
        for (index, rule) in adapter.rules.enumerated() where rule.role == role {
            if let element = tables.matches[index].first, let text = nonEmpty(take(Match(element, index))) {
                return text
            }
        }
        return nil
    }

    /// `text` without white space at either end (paragraph breaks inside kept).
    static func trimmed(_ text: String) -> String {
        AdapterValue.trimmed(text)
    }
}
