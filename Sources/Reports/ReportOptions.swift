import Analysis

/// How a report is written.
public struct ReportOptions: Hashable, Sendable {
    /// Whether to use ANSI colour (text only; the CLI sets it on a TTY without `NO_COLOR`).
    public var color: Bool
    /// Posts below this severity are left out of per-post listings (text, Markdown, CSV rows).
    /// The queue is filtered when the report is built; JSON keeps every post, since edges refer to them.
    public var minimumSeverity: Severity

    /// Creates options.
    public init(color: Bool = false, minimumSeverity: Severity = .none) {
        self.color = color
        self.minimumSeverity = minimumSeverity
    }
}
