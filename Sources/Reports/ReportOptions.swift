import Analysis

/// How a report is written.
public struct ReportOptions: Hashable, Sendable {
    /// Whether to use ANSI colour (text only; the CLI sets it on a TTY without `NO_COLOR`).
    public var color: Bool
    /// Queue entries below this severity are left out of the text and Markdown queues, and posts
    /// below it out of the CSV rows. (The CLI also filters the queue when building the report.)
    /// JSON and the reply trees keep every post, since edges refer to them.
    public var minimumSeverity: Severity
    /// With a baseline (`ThreadReport.baseline`), leave posts that are not new out of the CSV rows.
    /// (The CLI's `--only-new` also filters the queue and the signals when building the report.)
    public var onlyNew: Bool

    /// Creates options.
    public init(color: Bool = false, minimumSeverity: Severity = .none, onlyNew: Bool = false) {
        self.color = color
        self.minimumSeverity = minimumSeverity
        self.onlyNew = onlyNew
    }
}
