import Lexicon
import ThreadModel

/// Rebuilds who replies to whom from the evidence on the page.
///
/// For each post, every piece of evidence becomes a candidate edge to an earlier post: explicit
/// nesting, attributed quotes, post-number references, @mentions of earlier authors, and an
/// opening reply cue (to the post just above). The strongest candidate is the parent edge (the
/// first found on a tie, in that order); the others are kept as alternatives. A post without
/// evidence replies to the opening post with kind `thread`. Edges only ever point to earlier
/// posts, so the result is a tree rooted at post 0.
package struct ReplyTreeBuilder: Sendable {
    /// The confidence of each kind of evidence (a cue's comes from its lexicon entry).
    package enum Confidence {
        /// The page nests the post or names its parent.
        package static let nesting = 1.0
        /// A quote found in an earlier post.
        package static let quoteFound = 0.95
        /// A quote whose header names an earlier author, though the text was not found.
        package static let quoteByAuthor = 0.75
        /// `#12`, `post 12`.
        package static let postReference = 0.8
        /// `@name` of an earlier author.
        package static let mention = 0.7
        /// No evidence: a reply to the opening post.
        package static let thread = 0.1
    }

    /// The cues, post words and relative-time words used.
    package var vocabulary: ReplyTreeVocabulary {
        didSet { vocabularyBytes = ReplyVocabularyBytes(vocabulary) }
    }
    /// The vocabulary's cues and post words as bytes.
    private var vocabularyBytes: ReplyVocabularyBytes

    /// Creates a builder with `vocabulary`.
    package init(vocabulary: ReplyTreeVocabulary) {
        self.vocabulary = vocabulary
        vocabularyBytes = ReplyVocabularyBytes(vocabulary)
    }

    /// The recogniser that reads posts' and quotes' relative times (`8 minutes ago`) into seconds:
    /// the one page parsing recognises times with, from the same `times.tsv`.
    var time: TimeRecognizer { TimeRecognizer(vocabulary: vocabulary.times) }

    /// The reply tree of `thread`.
    /// - Complexity: O(n) in the total length of the posts (authors are looked up in a dictionary).
    package func build(_ thread: DiscussionThread) -> ReplyTree {
        let time = self.time
        var latestPostBy: [String: Int] = [:]
        var parents: [ReplyEdge?] = []
        var alternatives: [[ReplyEdge]] = []
        parents.reserveCapacity(thread.posts.count)
        alternatives.reserveCapacity(thread.posts.count)
        let ages = thread.posts.map { time.secondsAgo($0.timestamp) }
        for (index, post) in thread.posts.enumerated() {
            if index == 0 {
                parents.append(nil)
                alternatives.append([])
            } else {
                let candidates = self.candidates(
                    for: post, at: index, replyAge: ages[index], latestPostBy: latestPostBy, time: time)
                let (parent, others) = Self.choose(candidates, from: index)
                func timed(_ edge: ReplyEdge) -> ReplyEdge {
                    var edge = edge
                    if edge.latency == nil {
                        edge.latency = Self.latency(parentAge: ages[edge.to], replyAge: ages[index])
                    }
                    return edge
                }
                parents.append(timed(parent))
                alternatives.append(others.map(timed))
            }
            if let author = post.author { latestPostBy[author.lowercased()] = index }
        }
        return ReplyTree(parents: parents, alternatives: alternatives)
    }

    private func candidates(
        for post: Post, at index: Int, replyAge: Int?, latestPostBy: [String: Int], time: TimeRecognizer
    ) -> [ReplyEdge] {
        var edges: [ReplyEdge] = []
        if let parent = post.replyTo, parent >= 0, parent < index {
            edges.append(
                ReplyEdge(
                    from: index, to: parent, kind: .nesting, confidence: Confidence.nesting,
                    evidence: "nested under post \(parent)"))
        }
        for quote in post.quotes {
            let name = quote.author.map { "quotes \($0)" } ?? "quotes post"
            var edge: ReplyEdge
            if let quoted = quote.postIndex, quoted >= 0, quoted < index {
                edge = ReplyEdge(
                    from: index, to: quoted, kind: .quote, confidence: Confidence.quoteFound,
                    evidence: name + (quote.author == nil ? " \(quoted)" : ""))
            } else if let author = quote.author, let quoted = latestPostBy[author.lowercased()] {
                edge = ReplyEdge(
                    from: index, to: quoted, kind: .quote, confidence: Confidence.quoteByAuthor,
                    evidence: "\(name) (their latest post above)")
            } else {
                continue
            }
            if let quoteAge = time.secondsAgo(quote.time) {
                edge.evidence += " (\(quote.time ?? ""))"
                edge.latency = Self.latency(parentAge: quoteAge, replyAge: replyAge ?? 0)
            }
            edges.append(edge)
        }
        let scan = PostTextScan(post.body, vocabulary: vocabulary, bytes: vocabularyBytes)
        for reference in scan.references where reference.number >= 1 && reference.number <= index {
            edges.append(
                ReplyEdge(
                    from: index, to: reference.number - 1, kind: .postReference, confidence: Confidence.postReference,
                    evidence: "refers to \(reference.words)"))
        }
        let ownName = post.author?.lowercased()
        for name in scan.mentions {
            let key = name.lowercased()
            guard key != ownName, let mentioned = latestPostBy[key] else { continue }
            edges.append(
                ReplyEdge(
                    from: index, to: mentioned, kind: .mention, confidence: Confidence.mention,
                    evidence: "mentions @\(name)"))
        }
        if let (cue, words) = PostTextScan.openingCue(of: post.body, cues: vocabulary.cues, bytes: vocabularyBytes) {
            edges.append(
                ReplyEdge(
                    from: index, to: index - 1, kind: .cue, confidence: cue.confidence,
                    evidence: "opens with \"\(words)\""))
        }
        return edges
    }

    /// The strongest candidate (the first on a tie) and the others, one per (parent, kind).
    private static func choose(_ candidates: [ReplyEdge], from index: Int) -> (ReplyEdge, [ReplyEdge]) {
        guard var best = candidates.first else {
            let edge = ReplyEdge(
                from: index, to: 0, kind: .thread, confidence: Confidence.thread,
                evidence: "no reply evidence: taken as a reply to the opening post")
            return (edge, [])
        }
        for candidate in candidates.dropFirst() where candidate.confidence > best.confidence {
            best = candidate
        }
        var seen: Set<ParentKind> = [ParentKind(to: best.to, kind: best.kind)]
        var others: [ReplyEdge] = []
        for candidate in candidates where seen.insert(ParentKind(to: candidate.to, kind: candidate.kind)).inserted {
            others.append(candidate)
        }
        return (best, others)
    }

    /// A candidate's parent and kind: the alternatives keep one edge of each.
    private struct ParentKind: Hashable {
        var to: Int
        var kind: ReplyEdgeKind
    }

    /// `parentAge − replyAge` when both are known and the order makes sense.
    private static func latency(parentAge: Int?, replyAge: Int?) -> Int? {
        guard let parentAge, let replyAge, parentAge >= replyAge else { return nil }
        return parentAge - replyAge
    }
}
