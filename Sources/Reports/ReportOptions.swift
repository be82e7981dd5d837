import Analysis

/// How a report is written.
public struct ReportOptions: Hashable, Sendable {
    /// Whether to use ANSI colour (text only; the CLI sets it on a TTY without `NO_COLOR`).
    public var color: Bool
    /// Queue entries below this severity are left out of the text and Markdown queues, and posts
    /// below it out of the CSV rows. (The CLI also filters the queue when building the report.)
    /// JSON and the reply trees keep every post, since edges refer to them.
    public var minimumSeverity: Severity

    /// Creates options.
    public init(color: Bool = false, minimumSeverity: Severity = .none) {
        self.color = color
        self.minimumSeverity = minimumSeverity
    }
}
