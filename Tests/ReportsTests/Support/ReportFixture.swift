import Analysis
import Lexicon
import ThreadModel

/// A small hand-made thread with every report feature: a mention edge, a cue edge, a quote with
/// latency, a heated exchange, amplification, and page content that tries to break CSV cells,
/// Markdown tables and terminals.
enum ReportFixture {
    static let bodies = [
        "The council wants to close the old ferry line next spring. Thoughts?",
        "Closing it would strand the island villages. @ed did you ask them?",
        "Yeah, and the council are clowns for even floating it.",
        "=HYPERLINK(\"http://example.invalid\")\nAre you serious, ben_r? You are an idiot | `rm -rf`",
        "No, you calm down, troll.",
    ]

    static var thread: DiscussionThread {
        let posts = [
            post(0, "ed"),
            post(1, "ana", reactions: [Reaction(name: "Like", count: 2)]),
            post(2, "ben_r"),
            post(
                3, "=cy",
                quotes: [Quote(author: "ben_r", postIndex: 2, time: "8 minutes ago", text: bodies[2], span: span(3))],
                reactions: [Reaction(name: "Like", count: 3), Reaction(name: "Sad", count: 1)]),
            post(4, "ben_r"),
        ]
        return DiscussionThread(
            source: "ferry.txt", title: "Should the old ferry line close, \"for good\"?", platform: "invision",
            posts: posts, segments: [])
    }

    static var analyses: [TextAnalysis] {
        [
            TextAnalysis(
                incivility: .civil, replyStance: nil,
                targetStances: [TargetStanceResult(target: "council", stance: .none, evidence: [])]),
            TextAnalysis(
                incivility: .civil,
                replyStance: StanceResult(
                    stance: .query, cues: [evidence(1, "did you", name: "did you", contribution: 0.5)]),
                targetStances: [TargetStanceResult(target: "council", stance: .none, evidence: [])]),
            uncivil(2, 0.45, .medium, .group, ["name-calling"], ["clowns"], .support),
            uncivil(3, 0.82, .high, .participant, ["insult"], ["idiot"], .deny),
            uncivil(4, 0.25, .low, .participant, ["name-calling"], ["troll"], .deny),
        ]
    }

    static func report(minimumSeverity: Severity = .low) throws -> ThreadReport {
        let thread = self.thread
        let tree = ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: .defaults)).build(thread)
        let builder = ThreadReportBuilder(
            amplifiers: try AmplifierLexicon(bundle: .defaults), minimumSeverity: minimumSeverity)
        return builder.report(thread: thread, tree: tree, analyses: analyses)
    }

    /// The five posts over and over, `posts` in all, each scored as its model in `analyses`:
    /// a report long enough to be written in many pieces.
    static func long(posts count: Int) throws -> ThreadReport {
        let posts = (0..<count).map { index in
            Post(
                index: index, author: ["ed", "ana", "ben_r", "=cy"][index % 4], timestamp: nil,
                body: bodies[index % bodies.count], span: span(index))
        }
        let thread = DiscussionThread(
            source: "long.txt", title: "A long thread", platform: "invision", posts: posts, segments: [])
        let models = analyses
        let tree = ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: .defaults)).build(thread)
        let builder = ThreadReportBuilder(amplifiers: try AmplifierLexicon(bundle: .defaults), minimumSeverity: .low)
        return builder.report(thread: thread, tree: tree, analyses: (0..<count).map { models[$0 % models.count] })
    }

    private static func post(_ index: Int, _ author: String, quotes: [Quote] = [], reactions: [Reaction] = []) -> Post {
        Post(
            index: index, author: author, timestamp: index == 0 ? "January 14" : nil, body: bodies[index],
            quotes: quotes, reactions: reactions, span: span(index))
    }

    private static func span(_ index: Int) -> SourceSpan {
        SourceSpan(lineStart: index * 4 + 1, lineEnd: index * 4 + 3, byteStart: index * 100, byteEnd: index * 100 + 90)
    }

    private static func uncivil(
        _ index: Int, _ score: Double, _ severity: Severity, _ target: TargetKind, _ categories: [String],
        _ words: [String], _ stance: ReplyStance
    ) -> TextAnalysis {
        TextAnalysis(
            incivility: IncivilityResult(
                score: score, severity: severity, categories: categories, target: target,
                evidence: words.map {
                    evidence(
                        index, $0, name: $0 + "*", category: categories[0], contribution: score,
                        origin: "incivility.tsv:7")
                }),
            replyStance: StanceResult(stance: stance, cues: []),
            targetStances: [TargetStanceResult(target: "council", stance: index == 2 ? .against : .none, evidence: [])]
        )
    }

    /// Evidence for `word` at its real byte offsets in post `index`'s body.
    private static func evidence(
        _ index: Int, _ word: String, name: String, category: String? = nil, contribution: Double, origin: String? = nil
    ) -> Evidence {
        let body = Array(bodies[index].utf8)
        let needle = Array(word.utf8)
        let start = (0...(body.count - needle.count)).first { Array(body[$0..<$0 + needle.count]) == needle }!
        return Evidence(
            start: start, end: start + needle.count, text: word, source: .entry, name: name, category: category,
            contribution: contribution, origin: origin)
    }
}
