import Analysis
import ThreadModel

/// A thread report as JSON, schema `threadscan.report/1` (documented field by field in the README).
///
/// Written event by event into any `JSONOutput`: the reporters stream it as bytes through
/// `JSONWriter`, with no value tree of the report; `value(_:)` builds the tree for a caller that
/// wants one.
package enum ThreadReportJSON {
    /// The schema name and version.
    package static let schema = "threadscan.report/1"

    /// The report as one JSON value.
    package static func value(_ report: ThreadReport) -> JSONValue {
        var tree = JSONTree()
        write(report, into: &tree)
        return tree.value
    }

    /// Writes the report as one JSON object.
    /// - Complexity: O(n) in the size of the output.
    package static func write<Out: JSONOutput>(_ report: ThreadReport, into out: inout Out) {
        out.beginObject()
        out.member("schema", schema)
        out.member("thread") { thread(report, into: &$0) }
        out.member("summary") { summary(report.summary, into: &$0) }
        out.key("queue")
        out.array(report.queue.enumerated()) { out, item in
            queueEntry(item.element, report: report, new: report.baseline?.queueEntryIsNew[item.offset], into: &out)
        }
        out.key("posts")
        out.array(report.posts.enumerated()) { out, item in
            post(item.element, new: report.baseline?.postIsNew[item.offset], into: &out)
        }
        out.key("edges")
        out.array(report.edges) { edge($1, into: &$0) }
        out.key("alternatives")
        out.array(report.tree.alternatives.joined()) { edge($1, into: &$0) }
        out.member("signals") { signals(report.signals, baseline: report.baseline, into: &$0) }
        out.key("authors")
        out.array(report.authors) { author($1, into: &$0) }
        out.endObject()
    }

    static func thread<Out: JSONOutput>(_ report: ThreadReport, into out: inout Out) {
        out.beginObject()
        out.member("source", report.thread.source)
        out.member("pages", report.pages)
        out.member("title", report.thread.title)
        out.member("platform", report.thread.platform)
        out.member("article", report.thread.openingPostIsArticle)
        out.key("warnings")
        out.array(report.thread.warnings) { $0.string($1.description) }
        out.member("adapter", value: ThreadJSON.adapter(report.thread))
        out.member("canonical", report.thread.canonicalURL)
        out.member("merge", value: ThreadJSON.merge(report.thread))
        out.endObject()
    }

    static func summary<Out: JSONOutput>(_ summary: ReportSummary, into out: inout Out) {
        out.beginObject()
        out.member("posts", summary.posts)
        out.member("uncivilPosts", summary.uncivilPosts)
        out.member("bySeverity") { out in
            out.object { out in
                for severity in Severity.allCases {
                    out.member(JSONKey(severity.rawValue), summary.bySeverity[severity] ?? 0)
                }
            }
        }
        out.member("participantTargeted", summary.participantTargeted)
        out.member("queued", summary.queued)
        out.member("maxSeverity", summary.maxSeverity.rawValue)
        out.member("authors", summary.authors)
        out.endObject()
    }

    static func queueEntry<Out: JSONOutput>(_ entry: QueueEntry, report: ThreadReport, new: Bool?, into out: inout Out)
    {
        out.beginObject()
        out.member("post", entry.post)
        out.member("priority", entry.priority)
        out.member("severity", entry.severity.rawValue)
        out.member("author", report.posts[entry.post].post.author)
        out.member("breakdown") { out in
            out.object { out in
                out.member("severity", entry.breakdown.severity)
                out.member("participant", entry.breakdown.participant)
                out.member("amplification", entry.breakdown.amplification)
                out.member("escalation", entry.breakdown.escalation)
            }
        }
        out.member("reasons", entry.reasons)
        out.member("evidence", entry.evidence)
        out.member("new", new)
        out.endObject()
    }

    static func post<Out: JSONOutput>(_ report: PostReport, new: Bool?, into out: inout Out) {
        let post = report.post
        out.beginObject()
        out.member("index", post.index)
        out.member("number", post.displayNumber)
        out.member("author", post.author)
        out.member("authorInferred", post.authorInferred)
        out.member("timestamp", post.timestamp)
        out.member("parent", report.parent?.to)
        out.member("depth", report.depth)
        out.member("replies", report.children)
        out.member("lines") { out in
            out.object { out in
                out.member("start", post.span.lineStart)
                out.member("end", post.span.lineEnd)
            }
        }
        out.member("body", post.body)
        out.key("quotes")
        out.array(post.quotes) { out, quote in
            out.object { out in
                out.member("author", quote.author)
                out.member("postIndex", quote.postIndex)
                out.member("time", quote.time)
                out.member("text", quote.text)
                out.member("sourceID", quote.sourceID)
                out.member("nested", quote.quotes.count)
            }
        }
        out.key("reactions")
        out.array(post.reactions) { out, reaction in
            out.object { out in
                out.member("name", reaction.name)
                out.member("count", reaction.count)
            }
        }
        out.member("incivility") { incivility(report.analysis.incivility, into: &$0) }
        out.member("stance") { out in
            out.object { out in
                out.member("reply", report.analysis.replyStance?.stance.rawValue)
                var listed = report.analysis.replyStance
                listed?.keepStrongestCues()
                out.key("replyCues")
                out.array(listed?.cues ?? []) { evidence($1, into: &$0) }
                if let listed, listed.omittedCueCount > 0 {
                    out.member("omittedReplyCues") { out in
                        out.object { out in
                            out.member("count", listed.omittedCueCount)
                            out.member("contribution", number: listed.omittedCueContribution)
                        }
                    }
                }
                out.key("targets")
                out.array(report.analysis.targetStances) { out, target in
                    out.object { out in
                        out.member("target", target.target)
                        out.member("stance", target.stance.rawValue)
                        out.key("evidence")
                        out.array(target.evidence) { evidence($1, into: &$0) }
                        omittedEvidence(target.omittedEvidence, into: &out)
                    }
                }
            }
        }
        for (name, value) in ThreadJSON.markupFacts(post) { out.member(JSONKey(name), value: value) }
        out.member("new", new)
        out.endObject()
    }

    /// Writes an incivility result: `{score, severity, categories, target, evidence, omittedEvidence?}`.
    package static func incivility<Out: JSONOutput>(_ incivility: IncivilityResult, into out: inout Out) {
        out.beginObject()
        out.member("score", number: incivility.score)
        out.member("severity", incivility.severity.rawValue)
        out.member("categories", incivility.categories)
        out.member("target", incivility.target?.rawValue)
        out.key("evidence")
        out.array(incivility.evidence) { evidence($1, into: &$0) }
        omittedEvidence(incivility.omittedEvidence, into: &out)
        out.endObject()
    }

    /// Writes `omittedEvidence: [{source, name, count}]` when some evidence was counted instead of
    /// listed, and nothing otherwise.
    package static func omittedEvidence<Out: JSONOutput>(_ omitted: [OmittedEvidence], into out: inout Out) {
        guard !omitted.isEmpty else { return }
        out.key("omittedEvidence")
        out.array(omitted) { out, piece in
            out.object { out in
                out.member("source", piece.source.rawValue)
                out.member("name", piece.name)
                out.member("count", piece.count)
            }
        }
    }

    /// Writes one piece of evidence: `{start, end, text, source, name, category, contribution, origin}`.
    package static func evidence<Out: JSONOutput>(_ evidence: Evidence, into out: inout Out) {
        out.beginObject()
        out.member("start", evidence.start)
        out.member("end", evidence.end)
        out.member("text", evidence.text)
        out.member("source", evidence.source.rawValue)
        out.member("name", evidence.name)
        out.member("category", evidence.category)
        out.member("contribution", number: evidence.contribution)
        out.member("origin", evidence.origin)
        out.endObject()
    }

    static func edge<Out: JSONOutput>(_ edge: ReplyEdge, into out: inout Out) {
        out.beginObject()
        out.member("from", edge.from)
        out.member("to", edge.to)
        out.member("kind", edge.kind.rawValue)
        out.member("confidence", number: edge.confidence, places: 2)
        out.member("evidence", edge.evidence)
        out.member("latency", edge.latency)
        out.endObject()
    }

    /// The signals; with a baseline each one says whether it is `new` (it involves a new post).
    static func signals<Out: JSONOutput>(_ signals: ThreadSignals, baseline: BaselineMarks?, into out: inout Out) {
        func new(_ posts: [Int], _ out: inout Out) {
            out.member("new", baseline.map { $0.anyNew(posts) })
        }
        out.beginObject()
        out.key("escalations")
        out.array(signals.escalations) { out, escalation in
            out.object { out in
                out.member("kind", escalation.kind.rawValue)
                out.member("post", escalation.post)
                out.member("parent", escalation.parent)
                out.member("from", escalation.from.rawValue)
                out.member("to", escalation.to.rawValue)
                out.member("civilRepliesBefore", escalation.civilRepliesBefore)
                new([escalation.post], &out)
            }
        }
        out.key("pileOns")
        out.array(signals.pileOns) { out, pileOn in
            out.object { out in
                out.member("target") { out in
                    out.object { out in
                        switch pileOn.target {
                        case .post(let index): out.member("post", index)
                        case .author(let name): out.member("author", name)
                        }
                    }
                }
                out.member("replies", pileOn.replies)
                out.member("authors", pileOn.authors)
                new(pileOn.replies, &out)
            }
        }
        out.key("heatedExchanges")
        out.array(signals.heatedExchanges) { out, exchange in
            out.object { out in
                out.member("authors", exchange.authors)
                out.member("posts", exchange.posts)
                new(exchange.posts, &out)
            }
        }
        out.key("amplifications")
        out.array(signals.amplifications) { out, amplification in
            out.object { out in
                out.member("post", amplification.post)
                out.member("approvals", amplification.approvals)
                out.member("reactions", amplification.reactions)
                new([amplification.post], &out)
            }
        }
        out.endObject()
    }

    static func author<Out: JSONOutput>(_ summary: AuthorSummary, into out: inout Out) {
        out.beginObject()
        out.member("author", summary.author)
        out.member("posts", summary.posts)
        out.member("uncivilPosts", summary.uncivilPosts)
        out.member("maxSeverity", summary.maxSeverity.rawValue)
        out.member("targets") { out in
            out.object { out in
                for kind in TargetKind.allCases {
                    if let count = summary.targets[kind] { out.member(JSONKey(kind.rawValue), count) }
                }
            }
        }
        out.member("uncivilTowards", summary.uncivilTowards)
        out.member("stances") { out in
            out.object { out in
                for stance in ReplyStance.allCases {
                    if let count = summary.stances[stance] { out.member(JSONKey(stance.rawValue), count) }
                }
            }
        }
        out.endObject()
    }
}
