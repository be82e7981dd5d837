/// Where a piece of a parsed page came from.
///
/// Lines are 1-based and inclusive; bytes are a half-open range of offsets. For copied text they
/// point into the page's text as decoded to UTF-8 (for a UTF-8 page without a BOM, the file's own
/// bytes); for HTML and MHTML pages, into the file: the HTML the text was rendered from.
public struct SourceSpan: Codable, Hashable, Sendable {
    /// The first line, 1-based.
    public var lineStart: Int
    /// The last line, 1-based and inclusive.
    public var lineEnd: Int
    /// The offset of the first byte.
    public var byteStart: Int
    /// The offset one past the last byte.
    public var byteEnd: Int

    /// Creates a span from its line and byte bounds.
    public init(lineStart: Int, lineEnd: Int, byteStart: Int, byteEnd: Int) {
        self.lineStart = lineStart
        self.lineEnd = lineEnd
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }

    /// The smallest span that covers both `self` and `other`.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(
            lineStart: min(lineStart, other.lineStart),
            lineEnd: max(lineEnd, other.lineEnd),
            byteStart: min(byteStart, other.byteStart),
            byteEnd: max(byteEnd, other.byteEnd)
        )
    }

    /// Whether the line `line` lies inside the span.
    public func contains(line: Int) -> Bool {
        line >= lineStart && line <= lineEnd
    }
}
