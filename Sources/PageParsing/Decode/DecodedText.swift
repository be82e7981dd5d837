import ThreadModel

/// A page's bytes turned into text, with what the decoder had to work around.
package struct DecodedText: Sendable {
    /// The text as UTF-8 bytes: the file's own buffer, shared, when the file is UTF-8 that needs no
    /// replacement.
    package var utf8: [UInt8]
    /// The encoding the bytes were read as, as the WHATWG Encoding Standard names it, lowercased
    /// (`utf-8`, `utf-16le`, `windows-1252`, `shift_jis` …).
    package var encoding: String
    /// Problems found in the bytes, with their offsets in the input.
    package var warnings: [ParseWarning]
    /// For text rendered from HTML, how deeply each line (by 0-based index) sits in nested lists
    /// (`ul`, `ol`): threaded comment sections nest replies that way. `nil` for copied text.
    package var listDepths: [Int]? = nil
    /// Where each UTF-8 offset of `text` comes from in the file, when they differ: for an encoding
    /// other than UTF-8, and for UTF-8 after a byte order mark or with bytes replaced by U+FFFD.
    /// `nil` when `text` is the file's own bytes, and once `text` has been rendered from HTML.
    package var sourceOffsets: SourceOffsetMap? = nil
    /// The address of the page, when the file says it (an MHTML file's `Content-Location`).
    package var pageURL: String? = nil

    /// The text as a string.
    package var text: String { String(decoding: utf8, as: UTF8.self) }
}
