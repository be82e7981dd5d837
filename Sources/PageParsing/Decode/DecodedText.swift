import ThreadModel

/// A page's bytes turned into text, with what the decoder had to work around.
public struct DecodedText: Sendable {
    /// The text.
    public var text: String
    /// The encoding the bytes were read as (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`).
    public var encoding: String
    /// Problems found in the bytes, with their offsets in the input.
    public var warnings: [ParseWarning]
    /// For text rendered from HTML, how deeply each line (by 0-based index) sits in nested lists
    /// (`ul`, `ol`): threaded comment sections nest replies that way. `nil` for copied text.
    public var listDepths: [Int]? = nil
}
