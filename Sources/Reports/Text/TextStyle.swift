import Analysis

/// ANSI styling for the terminal, or none.
struct TextStyle {
    /// Whether to emit escape codes.
    var color: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// `text` in the colour of `severity`: high red, medium magenta, low yellow, none dim.
    func severity(_ text: String, _ severity: Severity) -> String {
        switch severity {
        case .high: wrap(text, "1;31")
        case .medium: wrap(text, "35")
        case .low: wrap(text, "33")
        case .none: wrap(text, "2")
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
