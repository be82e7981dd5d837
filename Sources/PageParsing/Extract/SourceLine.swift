/// One line of a page's text, as `SourceLines` gives it (its key is `SourceLines.key(_:)`).
struct SourceLine: Sendable {
    /// The 1-based line number.
    var number: Int
    /// The offset of the line's first byte in the text's UTF-8.
    var byteStart: Int
    /// The offset one past the line's last byte, line terminator excluded.
    var byteEnd: Int
    /// Whether the line holds only white space (spaces, tabs, no-break and zero-width spaces).
    var isBlank: Bool

    /// Lines longer than this are never headers, reactions or boilerplate.
    static let maxKeyLength = 400
}
