/// The posts a moderator should look at first, with why.
///
/// Priority (0–100) = severity points (score × 60) + 20 when a participant is targeted
/// + 2 per approving reaction (at most 10) + 10 when the post escalates its exchange
/// (see `PriorityBreakdown`). Ties go to the harsher post, then the earlier one. Civil posts are
/// never queued, nor the article that opens a news page (`openingPostIsArticle`); a forum's
/// opening post is a member's post and is queued like any other.
struct ModerationQueue {
    /// The points of each part of the priority.
    enum Points {
        static let severityScale = 60.0
        static let participant = 20
        static let perApproval = 2
        static let amplificationCap = 10
        static let escalation = 10
    }

    /// The entries, highest priority first.
    let entries: [QueueEntry]

    init(posts: [PostReport], signals: ThreadSignals, minimumSeverity: Severity, openingPostIsArticle: Bool) {
        let floor = max(minimumSeverity, .low)
        let escalations = Dictionary(signals.escalations.map { ($0.post, $0) }, uniquingKeysWith: { first, _ in first })
        let amplifications = Dictionary(
            signals.amplifications.map { ($0.post, $0) }, uniquingKeysWith: { first, _ in first })
        var pileOnReasons: [Int: [String]] = [:]
        for pileOn in signals.pileOns {
            let what: String
            switch pileOn.target {
            case .post(let index):
                what = "post #\(posts[index].post.displayNumber)" + (posts[index].post.author.map { " by \($0)" } ?? "")
            case .author(let name): what = name
            }
            for reply in pileOn.replies {
                pileOnReasons[reply, default: []].append(
                    "one of \(pileOn.replies.count) uncivil replies piling on \(what)")
            }
        }
        for exchange in signals.heatedExchanges {
            for post in exchange.posts {
                pileOnReasons[post, default: []].append(
                    "heated exchange between \(exchange.authors.joined(separator: " and ")) (\(exchange.posts.count) uncivil replies)"
                )
            }
        }
        var entries: [QueueEntry] = []
        for report in posts where report.severity >= floor && !(openingPostIsArticle && report.post.index == 0) {
            let incivility = report.analysis.incivility
            let escalation = escalations[report.post.index]
            let amplification = amplifications[report.post.index]
            let breakdown = PriorityBreakdown(
                severity: Int((min(max(incivility.score, 0), 1) * Points.severityScale).rounded()),
                participant: incivility.target == .participant ? Points.participant : 0,
                amplification: min(Points.amplificationCap, Points.perApproval * (amplification?.approvals ?? 0)),
                escalation: escalation == nil ? 0 : Points.escalation
            )
            var reasons = [Self.severityReason(incivility)]
            if let target = incivility.target {
                reasons.append(Self.targetReason(target, report: report, posts: posts))
            }
            if let escalation { reasons.append(Self.escalationReason(escalation, posts: posts)) }
            if let amplification {
                reasons.append("amplified by approving reactions: \(amplification.reactions.joined(separator: ", "))")
            }
            reasons += pileOnReasons[report.post.index] ?? []
            entries.append(
                QueueEntry(
                    post: report.post.index, priority: breakdown.total, severity: report.severity, breakdown: breakdown,
                    reasons: reasons, evidence: Self.evidence(incivility)))
        }
        let scores = Dictionary(uniqueKeysWithValues: posts.map { ($0.post.index, $0.analysis.incivility.score) })
        self.entries = entries.sorted { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.severity != b.severity { return a.severity > b.severity }
            if scores[a.post]! != scores[b.post]! { return scores[a.post]! > scores[b.post]! }
            return a.post < b.post
        }
    }

    /// The words that fired lexicon entries, as written, each once, in order. Rules (a target, a
    /// booster) only weigh those words, so they are reasons, not evidence.
    static func evidence(_ incivility: IncivilityResult) -> [String] {
        var seen: Set<String> = []
        return incivility.evidence.filter {
            $0.source == .entry && $0.contribution > 0 && seen.insert($0.text.lowercased()).inserted
        }.map(\.text)
    }

    /// `High incivility (0.72): insult, aspersion — "idiot", "liar"`.
    static func severityReason(_ incivility: IncivilityResult) -> String {
        let band = incivility.severity.rawValue
        var text = "\(band.prefix(1).uppercased() + band.dropFirst()) incivility (\(Self.decimal(incivility.score)))"
        if !incivility.categories.isEmpty { text += ": " + incivility.categories.joined(separator: ", ") }
        let words = evidence(incivility).prefix(4).map { "\"\($0)\"" }
        if !words.isEmpty { text += " — " + words.joined(separator: ", ") }
        return text
    }

    static func targetReason(_ target: TargetKind, report: PostReport, posts: [PostReport]) -> String {
        switch target {
        case .participant:
            if let parent = report.parent, parent.kind != .thread, let name = posts[parent.to].post.author {
                return "aimed at a participant: replying to \(name) (post #\(posts[parent.to].post.displayNumber))"
            }
            return "aimed at a participant of the thread"
        case .group: return "aimed at a group or identity"
        case .thirdParty: return "aimed at a third party (public figure, country or institution)"
        }
    }

    static func escalationReason(_ escalation: Escalation, posts: [PostReport]) -> String {
        let parent = "#\(posts[escalation.parent].post.displayNumber)"
        return switch escalation.kind {
        case .turnedUncivil:
            escalation.civilRepliesBefore == 0
                ? "first uncivil post of its branch (replies to civil post \(parent))"
                : "turned a civil exchange uncivil after \(escalation.civilRepliesBefore) civil \(escalation.civilRepliesBefore == 1 ? "reply" : "replies")"
        case .intensified:
            "escalates: harsher than post \(parent) it replies to (\(escalation.from.rawValue) → \(escalation.to.rawValue))"
        }
    }

    /// `0.72`: two decimals without Foundation.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
