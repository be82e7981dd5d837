import Foundation
import ThreadModel

/// Builds a thread straight from a page's DOM with one platform's adapter (its `html.tsv`):
/// posts in document order with their header facts, own words, quotes, reactions, signature and
/// edit note, their parents from the markup, and segments that cover every visible text node once.
struct DOMThreadReader {
    let document: HTMLDocument
    let adapter: HTMLAdapter
    let offsets: HTMLPage

    /// The thread, or `nil` when no `post` row of the adapter matches.
    /// - Complexity: O(r·n·s) to match r rows over n nodes, then O(n + p·q) for p posts whose
    ///   quotes are each looked up in constant time (``QuoteAttribution``).
    func read(source: String) -> DiscussionThread? {
        guard let tables = DOMRoleMatches(document: document, adapter: adapter) else { return nil }
        let content = contentDocument(tables)
        let postCount = tables.posts.count
        // The first match of each single-valued role per post, and every match of the others.
        var first: [AdapterRole: [(node: Int32, take: AdapterTake)?]] = [:]
        var all: [AdapterRole: [[(node: Int32, take: AdapterTake)]]] = [:]
        for (index, rule) in adapter.rules.enumerated() where rule.role.isPerPost || rule.role.isPerQuote {
            for element in tables.matches[index] {
                let post = Int(tables.owner[Int(element)])
                guard post >= 0 else { continue }
                if Self.multiValued.contains(rule.role) || rule.role.isPerQuote {
                    all[rule.role, default: Array(repeating: [], count: postCount)][post].append((element, rule.take))
                } else {
                    var slots = first[rule.role] ?? Array(repeating: nil, count: postCount)
                    if slots[post] == nil { slots[post] = (element, rule.take) }
                    first[rule.role] = slots
                }
            }
        }
        for (role, lists) in all {
            all[role] = lists.map { $0.sorted { tables.order[Int($0.node)] < tables.order[Int($1.node)] } }
        }
        func value(_ role: AdapterRole, _ post: Int) -> (node: Int32, take: AdapterTake)? { first[role]?[post] ?? nil }

        var posts: [Post] = []
        var attribution = QuoteAttribution()
        var depths: [Int?] = []
        var explicitParents: [String?] = []
        for post in 0..<postCount {
            let element = tables.posts[post]
            var draft = Post(index: post, span: offsets.span(document.nodes[Int(element)].range))
            draft.author = value(.author, post).flatMap { nonEmpty(take($0, in: document)) }
            draft.authorLink = value(.authorLink, post).flatMap { nonEmpty(take($0, in: document)) }
            if draft.authorLink == nil, let author = value(.author, post), document.nodes[Int(author.node)].isHTML(.a) {
                draft.authorLink = document.attribute("href", of: author.node)
            }
            if let time = value(.time, post) {
                let shown = nonEmpty(AdapterValue.folded(document.visibleText(of: time.node)))
                let given = take(time, in: document)
                draft.timestamp = shown ?? nonEmpty(given)
                draft.isoTime = AdapterValue.isoTime(given)
            }
            draft.platformID =
                value(.postID, post).flatMap { nonEmpty(take($0, in: document)) }
                ?? document.attribute("id", of: element).flatMap(nonEmpty)
            draft.number = value(.postNumber, post).flatMap { AdapterValue.firstNumber(take($0, in: document)) }
            draft.score = value(.score, post).flatMap { AdapterValue.firstNumber(take($0, in: document)) }
            draft.isDeleted = value(.deleted, post) != nil
            draft.editNote = value(.editNote, post).flatMap { nonEmpty(take($0, in: document)) }
            draft.signature = value(.signature, post).flatMap {
                nonEmpty(Self.trimmed(content.visibleText(of: $0.node)))
            }
            let bodyNode = value(.body, post)?.node ?? element
            draft.body = tables.rendered[Int(bodyNode)] ? Self.trimmed(content.visibleText(of: bodyNode)) : ""
            draft.reactions = reactions(post, all[.reaction]?[post] ?? [], all[.reactionCount]?[post] ?? [], tables)
            draft.quotes = quotes(post, all[.quote]?[post] ?? [], all, tables, content, attribution)
            depths.append(value(.depth, post).flatMap { AdapterValue.firstNumber(take($0, in: document)) })
            explicitParents.append(value(.parentID, post).map { take($0, in: document) })
            attribution.add(draft, at: post)
            posts.append(draft)
        }
        let parents = replyParents(tables, depths: depths, explicit: explicitParents, attribution)
        for index in posts.indices { posts[index].replyTo = parents[index] }
        var thread = DiscussionThread(
            source: source, title: title(tables), platform: adapter.name, posts: posts,
            segments: DOMSegments.segments(document: document, tables: tables, offsets: offsets), format: "html")
        thread.canonicalURL = pageLink(.canonical, tables)
        thread.nextPageURL = pageLink(.nextPage, tables)
        thread.previousPageURL = pageLink(.previousPage, tables)
        return thread
    }

    /// The roles a post may have several of.
    private static let multiValued: Set<AdapterRole> = [.quote, .reaction, .reactionCount]

    /// The document with every matched element but bodies and quote texts cut from its parent,
    /// so that the visible text of a body, quote or signature is its own words only: without
    /// quotes, signatures, edit notes, reactions, headers, boilerplate and nested posts.
    /// - Complexity: O(n + m) for m matched elements.
    private func contentDocument(_ tables: DOMRoleMatches) -> HTMLDocument {
        var content = document
        for (index, rule) in adapter.rules.enumerated() {
            switch rule.role {
            case .body, .quoteText, .deleted, .detect, .require: continue
            default: for element in tables.matches[index] { content.detach(element) }
            }
        }
        for element in tables.posts { content.detach(element) }
        return content
    }

    private func take(_ match: (node: Int32, take: AdapterTake), in document: HTMLDocument) -> String {
        switch match.take {
        case .text: return AdapterValue.folded(document.visibleText(of: match.node))
        case .attribute(let name):
            return AdapterValue.folded(String(decoding: document.attribute(name, of: match.node) ?? [], as: UTF8.self))
        }
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// A post's reactions: each `reaction` element's name, with the count inside it, else the
    /// post's k-th `reaction-count` outside every reaction, else a number in the name, else 1.
    private func reactions(
        _ post: Int, _ elements: [(node: Int32, take: AdapterTake)], _ counts: [(node: Int32, take: AdapterTake)],
        _ tables: DOMRoleMatches
    ) -> [Reaction] {
        var inside: [Int32: Int] = [:]
        var loose: [Int] = []
        for count in counts {
            let value = AdapterValue.count(take(count, in: document))
            let reaction = tables.reactionOwner[Int(count.node)]
            if reaction >= 0 && reaction != count.node { inside[reaction] = value } else { loose.append(value) }
        }
        var result: [Reaction] = []
        for (position, element) in elements.enumerated() {
            let (name, number) = AdapterValue.nameAndCount(take(element, in: document))
            guard !name.isEmpty else { continue }
            let count = inside[element.node] ?? (position < loose.count ? loose[position] : nil) ?? number ?? 1
            result.append(Reaction(name: name, count: count))
        }
        return result
    }

    /// A post's quotes as a tree (a quote inside a quote is nested in it), each with its author,
    /// source id and quoted post (``QuoteAttribution``).
    private func quotes(
        _ post: Int, _ elements: [(node: Int32, take: AdapterTake)],
        _ all: [AdapterRole: [[(node: Int32, take: AdapterTake)]]], _ tables: DOMRoleMatches, _ content: HTMLDocument,
        _ attribution: QuoteAttribution
    ) -> [Quote] {
        guard !elements.isEmpty else { return [] }
        func owned(_ role: AdapterRole) -> [Int32: (node: Int32, take: AdapterTake)] {
            var result: [Int32: (node: Int32, take: AdapterTake)] = [:]
            for match in all[role]?[post] ?? [] {
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
                author: authors[node].flatMap { nonEmpty(take($0, in: document)) }, postIndex: nil, time: nil,
                text: Self.trimmed(content.visibleText(of: texts[node]?.node ?? node)),
                span: offsets.span(document.nodes[Int(node)].range))
            quote.sourceID = sources[node].flatMap { nonEmpty(take($0, in: document)) }
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
    ) -> [Int?] {
        var parents = [Int?](repeating: nil, count: tables.posts.count)
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
            if adapter.rootsReplyToFirstPost && post > 0 { parents[post] = 0 }
        }
        return parents
    }

    private func title(_ tables: DOMRoleMatches) -> String? {
        for (index, rule) in adapter.rules.enumerated() where rule.role == .title {
            if let element = tables.matches[index].first, let text = nonEmpty(take((element, rule.take), in: document))
            {
                return text
            }
        }
        let element = document.firstElement(.title)
        return element >= 0 ? nonEmpty(AdapterValue.folded(document.textContent(of: element))) : nil
    }

    private func pageLink(_ role: AdapterRole, _ tables: DOMRoleMatches) -> String? {
        for (index, rule) in adapter.rules.enumerated() where rule.role == role {
            if let element = tables.matches[index].first, let text = nonEmpty(take((element, rule.take), in: document))
            {
                return text
            }
        }
        return nil
    }

    /// `text` without white space at either end (paragraph breaks inside kept).
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
