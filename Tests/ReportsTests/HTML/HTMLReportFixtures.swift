import Analysis
import ThreadModel

/// Thread reports built by hand for the HTML report's tests: an invented, friendly-looking
/// thread, and one whose every piece of page content is hostile.
enum HTMLReportFixtures {
    /// A post to build: who wrote it, what it says, whom it answers, and which phrases fired.
    struct PostSpec {
        var author: String?
        var time: String? = nil
        var body: String
        var parent: Int? = nil
        var kind: ReplyEdgeKind = .thread
        var stance: ReplyStance? = nil
        var stanceCues: [Evidence] = []
        var severity: Severity = .none
        var fired: [(phrase: String, category: String)] = []
        var quotes: [Quote] = []
        var reactions: [Reaction] = []
        var attachments: [String] = []
        var extraEvidence: [Evidence] = []
    }

    static let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 0)

    /// Evidence for the first occurrence of `phrase` in `body`, in UTF-8 offsets.
    static func evidence(_ phrase: String, in body: String, category: String) -> Evidence? {
        guard let range = body.range(of: phrase) else { return nil }
        let start = body.utf8.distance(from: body.startIndex, to: range.lowerBound)
        let end = body.utf8.distance(from: body.startIndex, to: range.upperBound)
        return Evidence(
            start: start, end: end, text: phrase, source: .entry, name: phrase.lowercased(), category: category,
            contribution: 0.4, origin: "incivility.tsv:\(phrase.utf8.count)"
        )
    }

    /// A report of `specs`, with a queue of the uncivil posts (harshest first) and the summaries
    /// the signals would give.
    static func report(
        title: String?, source: String = "thread.txt", platform: String = "invision", specs: [PostSpec],
        reasons: (Int) -> [String] = { _ in ["insults a participant"] }, signals: ThreadSignals = ThreadSignals(),
        uncivilTowards: [String] = [], edgeEvidence: String = "quotes the parent", warnings: [ParseWarning] = []
    ) -> ThreadReport {
        var parents: [ReplyEdge?] = []
        var children = [[Int]](repeating: [], count: specs.count)
        for (index, spec) in specs.enumerated() {
            guard index > 0 else {
                parents.append(nil)
                continue
            }
            let parent = spec.parent ?? 0
            parents.append(
                ReplyEdge(
                    from: index, to: parent, kind: spec.kind, confidence: spec.kind == .thread ? 0.2 : 0.9,
                    evidence: edgeEvidence, latency: spec.kind == .quote ? 480 : nil
                )
            )
            children[parent].append(index)
        }
        let tree = ReplyTree(parents: parents, alternatives: Array(repeating: [], count: specs.count))
        let depths = tree.depths
        var posts: [PostReport] = []
        var queue: [QueueEntry] = []
        for (index, spec) in specs.enumerated() {
            let fired =
                spec.fired.compactMap { Self.evidence($0.phrase, in: spec.body, category: $0.category) }
                + spec.extraEvidence
            let score: Double =
                switch spec.severity {
                case .none: 0
                case .low: 0.3
                case .medium: 0.55
                case .high: 0.85
                }
            let incivility = IncivilityResult(
                score: score, severity: spec.severity, categories: spec.fired.map(\.category),
                target: spec.severity == .none ? nil : .participant, evidence: fired
            )
            let analysis = TextAnalysis(
                incivility: incivility,
                replyStance: spec.stance.map { StanceResult(stance: $0, cues: spec.stanceCues) },
                targetStances: []
            )
            let post = Post(
                index: index, author: spec.author, timestamp: spec.time, body: spec.body, quotes: spec.quotes,
                reactions: spec.reactions, attachments: spec.attachments, span: span
            )
            posts.append(
                PostReport(
                    post: post, analysis: analysis, parent: parents[index], depth: depths[index],
                    children: children[index])
            )
            if spec.severity > .none, index > 0 {
                let points = Int((score * 60).rounded())
                queue.append(
                    QueueEntry(
                        post: index, priority: points + 20, severity: spec.severity,
                        breakdown: PriorityBreakdown(
                            severity: points, participant: 20, amplification: 0, escalation: 0),
                        reasons: reasons(index), evidence: fired.map(\.text)
                    )
                )
            }
        }
        queue.sort { ($0.priority, -$0.post) > ($1.priority, -$1.post) }
        let names = specs.compactMap(\.author).reduce(into: [String]()) { names, name in
            if !names.contains(name) { names.append(name) }
        }
        let authors = names.map { name in
            let own = specs.indices.filter { specs[$0].author == name }
            let uncivil = own.filter { specs[$0].severity > .none }
            return AuthorSummary(
                author: name, posts: own, uncivilPosts: uncivil,
                maxSeverity: own.map { specs[$0].severity }.max() ?? .none,
                targets: uncivil.isEmpty ? [:] : [.participant: uncivil.count],
                uncivilTowards: uncivil.isEmpty ? [] : uncivilTowards,
                stances: own.reduce(into: [:]) { counts, index in
                    if let stance = specs[index].stance { counts[stance, default: 0] += 1 }
                }
            )
        }
        let bySeverity = Dictionary(grouping: specs, by: \.severity).mapValues(\.count)
        let summary = ReportSummary(
            posts: specs.count, uncivilPosts: specs.filter { $0.severity > .none }.count,
            bySeverity: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, bySeverity[$0] ?? 0) }),
            participantTargeted: queue.count, queued: queue.count, maxSeverity: specs.map(\.severity).max() ?? .none,
            authors: names.count
        )
        let thread = DiscussionThread(
            source: source, title: title, platform: platform,
            posts: posts.map(\.post), segments: [], warnings: warnings
        )
        return ThreadReport(
            thread: thread, posts: posts, tree: tree, queue: queue, signals: signals, authors: authors, summary: summary
        )
    }
}
