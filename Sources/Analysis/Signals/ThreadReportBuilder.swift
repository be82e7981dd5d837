import Lexicon
import ThreadModel

/// Turns a thread, its reply tree and one analysis per post into a `ThreadReport`: the thread
/// signals, the author summaries and the moderation queue. A pure function of its inputs: the
/// analyzer runs before it (see `ThreadScanner`).
package struct ThreadReportBuilder: Sendable {
    /// How much each reaction approves of a post.
    package var amplifiers: AmplifierLexicon
    /// Posts below this severity stay out of the queue (the queue never holds civil posts).
    package var minimumSeverity: Severity

    /// Creates a builder.
    package init(amplifiers: AmplifierLexicon, minimumSeverity: Severity = .low) {
        self.amplifiers = amplifiers
        self.minimumSeverity = minimumSeverity
    }

    /// The report of `thread`, given its reply tree and the analysis of each post (in post order).
    /// - Precondition: `tree` and `analyses` have one entry per post.
    /// - Complexity: O(n) in the number of posts, plus sorting the queue.
    package func report(thread: DiscussionThread, tree: ReplyTree, analyses: [TextAnalysis]) -> ThreadReport {
        precondition(
            tree.count == thread.posts.count && analyses.count == thread.posts.count,
            "one tree entry and one analysis per post")
        let children = tree.children
        let depths = tree.depths
        let posts = thread.posts.indices.map { index in
            PostReport(
                post: thread.posts[index], analysis: analyses[index], parent: tree.parents[index], depth: depths[index],
                children: children[index])
        }
        let signals = ThreadSignals(
            escalations: Self.escalations(posts),
            pileOns: Self.pileOns(posts),
            heatedExchanges: Self.heatedExchanges(posts),
            amplifications: amplifications(posts)
        )
        let authors = Self.authorSummaries(posts)
        let queue = ModerationQueue(
            posts: posts, signals: signals, minimumSeverity: minimumSeverity,
            openingPostIsArticle: thread.openingPostIsArticle
        ).entries
        var bySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
        for post in posts { bySeverity[post.severity, default: 0] += 1 }
        let summary = ReportSummary(
            posts: posts.count,
            uncivilPosts: posts.count { $0.severity > .none },
            bySeverity: bySeverity,
            participantTargeted: posts.count { $0.severity > .none && $0.analysis.incivility.target == .participant },
            queued: queue.count,
            maxSeverity: posts.map(\.severity).max() ?? .none,
            authors: authors.count
        )
        return ThreadReport(
            thread: thread, posts: posts, tree: tree, queue: queue, signals: signals, authors: authors, summary: summary
        )
    }

    /// Uncivil posts with approving reactions.
    func amplifications(_ posts: [PostReport]) -> [Amplification] {
        posts.compactMap { report in
            guard report.severity > .none else { return nil }
            var approvals = 0.0
            var shown: [String] = []
            for reaction in report.post.reactions where amplifiers.weight(of: reaction.name) > 0 {
                approvals += amplifiers.weight(of: reaction.name) * Double(reaction.count)
                shown.append("\(reaction.name) \(reaction.count)")
            }
            let rounded = Int(approvals.rounded())
            return rounded > 0 ? Amplification(post: report.post.index, approvals: rounded, reactions: shown) : nil
        }
    }
}
