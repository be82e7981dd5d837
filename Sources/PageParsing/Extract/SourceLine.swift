/// One line of a page's text, as `SourceLines` gives it.
struct SourceLine: Sendable {
    /// The 1-based line number.
    var number: Int
    /// The offset of the line's first byte in the text's UTF-8.
    var byteStart: Int
    /// The offset one past the line's last byte, line terminator excluded.
    var byteEnd: Int
    /// Whether the line holds only white space (spaces, tabs, no-break and zero-width spaces).
    var isBlank: Bool
    /// The line trimmed, with runs of white space folded to one space; `nil` for a line too long
    /// to be anything but body text (more than `SourceLine.maxKeyLength` bytes). A slice of the
    /// page's bytes, or of the folded keys' buffer: its indices are those of the buffer.
    var key: ArraySlice<UInt8>?

    /// Lines longer than this are never headers, reactions or boilerplate.
    static let maxKeyLength = 400

    /// The key as a string.
    var keyString: String? {
        key.map { String(decoding: $0, as: UTF8.self) }
    }
}
