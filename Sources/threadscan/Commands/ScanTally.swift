import ThreadScan

/// The counts behind `scan`'s summary line.
struct ScanTally: Sendable {
    var threads = 0
    var pages = 0
    var posts = 0
    var queued = 0
    var queuedBySeverity: [Severity: Int] = [:]
    var maxSeverity = Severity.none
    var failures = 0
    /// How many posts reached the `--fail-on` level.
    var reached = 0
    /// The first of them, in input order: `PAGE post 4 by NAME (high, line 40)` (the line only
    /// for a thread of one page).
    var firstReached: String?

    init(failures: Int = 0) {
        self.failures = failures
    }

    /// The counts of one thread; posts at or above `failOn` (when given) are counted as reached.
    init(_ report: ThreadReport, failOn: Severity? = nil) {
        threads = 1
        pages = report.pages.count
        posts = report.posts.count
        queued = report.queue.count
        for entry in report.queue { queuedBySeverity[entry.severity, default: 0] += 1 }
        maxSeverity = report.summary.maxSeverity
        guard let failOn else { return }
        for post in report.posts where post.severity >= failOn {
            reached += 1
            if firstReached == nil {
                let author = post.post.author.map { " by \(PostLine.clean($0))" } ?? ""
                let line = report.pages.count == 1 ? ", line \(post.post.span.lineStart)" : ""
                firstReached =
                    "\(report.thread.source) post #\(post.post.displayNumber)\(author) (\(post.severity.rawValue)\(line))"
            }
        }
    }

    mutating func add(_ other: ScanTally) {
        threads += other.threads
        pages += other.pages
        posts += other.posts
        queued += other.queued
        queuedBySeverity.merge(other.queuedBySeverity, uniquingKeysWith: +)
        maxSeverity = max(maxSeverity, other.maxSeverity)
        failures += other.failures
        reached += other.reached
        firstReached = firstReached ?? other.firstReached
    }

    /// `threadscan: --fail-on medium reached by 3 posts; first: PAGE post 4 by NAME (high, line 40)`,
    /// or `nil` when no post reached it.
    func thresholdLine(_ level: Severity) -> String? {
        guard reached > 0, let firstReached else { return nil }
        return
            "threadscan: --fail-on \(level.rawValue) reached by \(Self.count(reached, "post")); first: \(firstReached)"
    }

    /// `threadscan: 2 threads (3 pages), 41 posts, 5 in the queue (1 high, 2 medium, 2 low)`.
    var summary: String {
        let bands = [Severity.high, .medium, .low].map { "\(queuedBySeverity[$0] ?? 0) \($0.rawValue)" }.joined(
            separator: ", ")
        var text =
            "threadscan: \(Self.count(threads, "thread")) (\(Self.count(pages, "page"))), \(Self.count(posts, "post")), "
        text += "\(queued) in the queue (\(bands)); harshest: \(maxSeverity.rawValue)"
        if failures > 0 { text += "; \(Self.count(failures, "input")) could not be read" }
        return text
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
