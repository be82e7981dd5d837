import Analysis
import ThreadModel

/// A thread report as JSON, schema `threadscan.report/1` (documented field by field in the README).
package enum ThreadReportJSON {
    /// The schema name and version.
    package static let schema = "threadscan.report/1"

    /// The report as one JSON object.
    package static func value(_ report: ThreadReport) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("thread", thread(report)),
            ("summary", summary(report.summary)),
            (
                "queue",
                .array(
                    report.queue.enumerated().map { rank, entry in
                        queueEntry(entry, report: report, new: report.baseline?.queueEntryIsNew[rank])
                    })
            ),
            ("posts", .array(report.posts.enumerated().map { post($1, new: report.baseline?.postIsNew[$0]) })),
            ("edges", .array(report.edges.map(edge))),
            ("alternatives", .array(report.tree.alternatives.flatMap { $0 }.map(edge))),
            ("signals", signals(report.signals, baseline: report.baseline)),
            ("authors", .array(report.authors.map(author))),
        ])
    }

    static func thread(_ report: ThreadReport) -> JSONValue {
        .object([
            ("source", .string(report.thread.source)),
            ("pages", .array(report.pages.map { .string($0) })),
            ("title", .string(report.thread.title)),
            ("platform", .string(report.thread.platform)),
            ("article", .bool(report.thread.openingPostIsArticle)),
            ("warnings", .array(report.thread.warnings.map { .string($0.description) })),
            ("adapter", ThreadJSON.adapter(report.thread)),
            ("canonical", .string(report.thread.canonicalURL)),
            ("merge", ThreadJSON.merge(report.thread)),
        ])
    }

    static func summary(_ summary: ReportSummary) -> JSONValue {
        .object([
            ("posts", .int(summary.posts)),
            ("uncivilPosts", .int(summary.uncivilPosts)),
            ("bySeverity", .object(Severity.allCases.map { ($0.rawValue, .int(summary.bySeverity[$0] ?? 0)) })),
            ("participantTargeted", .int(summary.participantTargeted)),
            ("queued", .int(summary.queued)),
            ("maxSeverity", .string(summary.maxSeverity.rawValue)),
            ("authors", .int(summary.authors)),
        ])
    }

    static func queueEntry(_ entry: QueueEntry, report: ThreadReport, new: Bool?) -> JSONValue {
        .object([
            ("post", .int(entry.post)),
            ("priority", .int(entry.priority)),
            ("severity", .string(entry.severity.rawValue)),
            ("author", .string(report.posts[entry.post].post.author)),
            (
                "breakdown",
                .object([
                    ("severity", .int(entry.breakdown.severity)),
                    ("participant", .int(entry.breakdown.participant)),
                    ("amplification", .int(entry.breakdown.amplification)),
                    ("escalation", .int(entry.breakdown.escalation)),
                ])
            ),
            ("reasons", .array(entry.reasons.map { .string($0) })),
            ("evidence", .array(entry.evidence.map { .string($0) })),
            ("new", new.map(JSONValue.bool) ?? .null),
        ])
    }

    static func post(_ report: PostReport, new: Bool?) -> JSONValue {
        let post = report.post
        let incivility = report.analysis.incivility
        return .object(
            [
                ("index", .int(post.index)),
                ("number", .int(post.displayNumber)),
                ("author", .string(post.author)),
                ("authorInferred", .bool(post.authorInferred)),
                ("timestamp", .string(post.timestamp)),
                ("parent", .int(report.parent?.to)),
                ("depth", .int(report.depth)),
                ("replies", .array(report.children.map { .int($0) })),
                ("lines", .object([("start", .int(post.span.lineStart)), ("end", .int(post.span.lineEnd))])),
                ("body", .string(post.body)),
                (
                    "quotes",
                    .array(
                        post.quotes.map { quote in
                            .object([
                                ("author", .string(quote.author)), ("postIndex", .int(quote.postIndex)),
                                ("time", .string(quote.time)),
                                ("text", .string(quote.text)),
                                ("sourceID", .string(quote.sourceID)),
                                ("nested", .int(quote.quotes.count)),
                            ])
                        })
                ),
                (
                    "reactions",
                    .array(post.reactions.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })
                ),
                ("incivility", Self.incivility(incivility)),
                (
                    "stance",
                    .object([
                        ("reply", .string(report.analysis.replyStance?.stance.rawValue)),
                        ("replyCues", .array((report.analysis.replyStance?.cues ?? []).map(evidence))),
                        (
                            "targets",
                            .array(
                                report.analysis.targetStances.map { target in
                                    .object([
                                        ("target", .string(target.target)), ("stance", .string(target.stance.rawValue)),
                                        ("evidence", .array(target.evidence.map(evidence))),
                                    ])
                                })
                        ),
                    ])
                ),
            ] + ThreadJSON.markupFacts(post) + [("new", new.map(JSONValue.bool) ?? .null)])
    }

    /// An incivility result: `{score, severity, categories, target, evidence}`.
    package static func incivility(_ incivility: IncivilityResult) -> JSONValue {
        .object([
            ("score", .number(incivility.score)),
            ("severity", .string(incivility.severity.rawValue)),
            ("categories", .array(incivility.categories.map { .string($0) })),
            ("target", .string(incivility.target?.rawValue)),
            ("evidence", .array(incivility.evidence.map(evidence))),
        ])
    }

    /// One piece of evidence: `{start, end, text, source, name, category, contribution, origin}`.
    package static func evidence(_ evidence: Evidence) -> JSONValue {
        .object([
            ("start", .int(evidence.start)),
            ("end", .int(evidence.end)),
            ("text", .string(evidence.text)),
            ("source", .string(evidence.source.rawValue)),
            ("name", .string(evidence.name)),
            ("category", .string(evidence.category)),
            ("contribution", .number(evidence.contribution)),
            ("origin", .string(evidence.origin)),
        ])
    }

    static func edge(_ edge: ReplyEdge) -> JSONValue {
        .object([
            ("from", .int(edge.from)),
            ("to", .int(edge.to)),
            ("kind", .string(edge.kind.rawValue)),
            ("confidence", .number(edge.confidence, places: 2)),
            ("evidence", .string(edge.evidence)),
            ("latency", .int(edge.latency)),
        ])
    }

    /// The signals; with a baseline each one says whether it is `new` (it involves a new post).
    static func signals(_ signals: ThreadSignals, baseline: BaselineMarks?) -> JSONValue {
        func new(_ posts: [Int]) -> (String, JSONValue) {
            ("new", baseline.map { .bool($0.anyNew(posts)) } ?? .null)
        }
        return
            .object([
                (
                    "escalations",
                    .array(
                        signals.escalations.map { escalation in
                            .object([
                                ("kind", .string(escalation.kind.rawValue)), ("post", .int(escalation.post)),
                                ("parent", .int(escalation.parent)),
                                ("from", .string(escalation.from.rawValue)), ("to", .string(escalation.to.rawValue)),
                                ("civilRepliesBefore", .int(escalation.civilRepliesBefore)),
                                new([escalation.post]),
                            ])
                        })
                ),
                (
                    "pileOns",
                    .array(
                        signals.pileOns.map { pileOn in
                            let target: (String, JSONValue) =
                                switch pileOn.target {
                                case .post(let index): ("post", .int(index))
                                case .author(let name): ("author", .string(name))
                                }
                            return .object([
                                ("target", .object([target])), ("replies", .array(pileOn.replies.map { .int($0) })),
                                ("authors", .array(pileOn.authors.map { .string($0) })), new(pileOn.replies),
                            ])
                        })
                ),
                (
                    "heatedExchanges",
                    .array(
                        signals.heatedExchanges.map { exchange in
                            .object([
                                ("authors", .array(exchange.authors.map { .string($0) })),
                                ("posts", .array(exchange.posts.map { .int($0) })), new(exchange.posts),
                            ])
                        })
                ),
                (
                    "amplifications",
                    .array(
                        signals.amplifications.map { amplification in
                            .object([
                                ("post", .int(amplification.post)), ("approvals", .int(amplification.approvals)),
                                ("reactions", .array(amplification.reactions.map { .string($0) })),
                                new([amplification.post]),
                            ])
                        })
                ),
            ])
    }

    static func author(_ summary: AuthorSummary) -> JSONValue {
        .object([
            ("author", .string(summary.author)),
            ("posts", .array(summary.posts.map { .int($0) })),
            ("uncivilPosts", .array(summary.uncivilPosts.map { .int($0) })),
            ("maxSeverity", .string(summary.maxSeverity.rawValue)),
            (
                "targets",
                .object(
                    TargetKind.allCases.compactMap { kind in summary.targets[kind].map { (kind.rawValue, .int($0)) } })
            ),
            ("uncivilTowards", .array(summary.uncivilTowards.map { .string($0) })),
            (
                "stances",
                .object(
                    ReplyStance.allCases.compactMap { stance in
                        summary.stances[stance].map { (stance.rawValue, .int($0)) }
                    })
            ),
        ])
    }
}
