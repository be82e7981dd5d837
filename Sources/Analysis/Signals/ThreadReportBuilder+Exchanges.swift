extension ThreadReportBuilder {
    /// How many uncivil replies make a pile-on, and from how many people at least.
    package enum PileOnThreshold {
        /// Uncivil replies to one post, or to one author's posts.
        package static let replies = 3
        /// Distinct repliers (a post without an author counts as its own replier).
        package static let repliers = 2
    }

    /// The uncivil replies whose parent edge is real evidence (not the `thread` fallback).
    static func uncivilReplies(_ posts: [PostReport]) -> [(reply: PostReport, parent: Int)] {
        posts.compactMap { report in
            guard report.severity > .none, let edge = report.parent, edge.kind != .thread else { return nil }
            return (report, edge.to)
        }
    }

    /// Several uncivil replies to one post, or to the posts of one author (spanning more than one
    /// of their posts, so that it says more than the post pile-ons).
    /// - Complexity: O(n) in the number of posts.
    static func pileOns(_ posts: [PostReport]) -> [PileOn] {
        var byPost: [Int: [PostReport]] = [:]
        var byAuthor: [String: (name: String, replies: [PostReport], parents: Set<Int>)] = [:]
        var authorOrder: [String] = []
        for (reply, parent) in uncivilReplies(posts) {
            byPost[parent, default: []].append(reply)
            guard let name = posts[parent].post.author, name.lowercased() != reply.post.author?.lowercased() else {
                continue
            }
            let key = name.lowercased()
            if byAuthor[key] == nil {
                byAuthor[key] = (name, [], [])
                authorOrder.append(key)
            }
            byAuthor[key]!.replies.append(reply)
            byAuthor[key]!.parents.insert(parent)
        }
        var found: [PileOn] = []
        for parent in byPost.keys.sorted() {
            if let pileOn = pileOn(.post(parent), byPost[parent]!) { found.append(pileOn) }
        }
        for key in authorOrder {
            let entry = byAuthor[key]!
            if entry.parents.count > 1, let pileOn = pileOn(.author(entry.name), entry.replies) { found.append(pileOn) }
        }
        return found
    }

    private static func pileOn(_ target: PileOn.Target, _ replies: [PostReport]) -> PileOn? {
        let speakers = Set(replies.map { $0.post.author?.lowercased() ?? "#\($0.post.index)" })
        guard replies.count >= PileOnThreshold.replies, speakers.count >= PileOnThreshold.repliers else { return nil }
        var authors: [String] = []
        var seen: Set<String> = []
        for reply in replies {
            if let author = reply.post.author, seen.insert(author.lowercased()).inserted { authors.append(author) }
        }
        return PileOn(target: target, replies: replies.map(\.post.index), authors: authors)
    }

    /// Pairs of named authors who each replied uncivilly to the other at least once, in order of
    /// their first uncivil reply.
    /// - Complexity: O(n) in the number of posts.
    static func heatedExchanges(_ posts: [PostReport]) -> [HeatedExchange] {
        struct Pair {
            var authors: [String]
            var posts: [Int] = []
            var directions: Set<String> = []
        }
        var pairs: [String: Pair] = [:]
        var order: [String] = []
        for (reply, parent) in uncivilReplies(posts) {
            guard let from = reply.post.author, let to = posts[parent].post.author else { continue }
            let (a, b) = (from.lowercased(), to.lowercased())
            guard a != b else { continue }
            let key = a < b ? "\(a)\u{0}\(b)" : "\(b)\u{0}\(a)"
            if pairs[key] == nil {
                pairs[key] = Pair(authors: [from, to])
                order.append(key)
            }
            pairs[key]!.posts.append(reply.post.index)
            pairs[key]!.directions.insert(a)
        }
        return order.compactMap { key in
            let pair = pairs[key]!
            return pair.directions.count == 2 ? HeatedExchange(authors: pair.authors, posts: pair.posts) : nil
        }
    }
}
