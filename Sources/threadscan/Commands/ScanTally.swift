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

    init(failures: Int = 0) {
        self.failures = failures
    }

    /// The counts of one thread.
    init(_ report: ThreadReport) {
        threads = 1
        pages = report.pages.count
        posts = report.posts.count
        queued = report.queue.count
        for entry in report.queue { queuedBySeverity[entry.severity, default: 0] += 1 }
        maxSeverity = report.summary.maxSeverity
    }

    mutating func add(_ other: ScanTally) {
        threads += other.threads
        pages += other.pages
        posts += other.posts
        queued += other.queued
        queuedBySeverity.merge(other.queuedBySeverity, uniquingKeysWith: +)
        maxSeverity = max(maxSeverity, other.maxSeverity)
        failures += other.failures
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
