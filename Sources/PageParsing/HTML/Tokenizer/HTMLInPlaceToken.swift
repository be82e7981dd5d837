/// A token as ``HTMLTokenizer/nextInPlace()`` gives it: an ``HTMLToken`` whose tags are headers,
/// their names and attributes read in place from the tokenizer's ``HTMLTagBuffers``.
package enum HTMLInPlaceToken: Sendable {
    /// `<!DOCTYPE …>`.
    case doctype(HTMLDoctypeToken)
    /// `<name …>`.
    case startTag(HTMLTagHeader)
    /// `</name …>`.
    case endTag(HTMLTagHeader)
    /// A comment (see ``HTMLToken/comment(_:)``).
    case comment(HTMLTextToken)
    /// A run of characters (never empty).
    case characters(HTMLTextToken)
    /// The end of the input, at `offset` (the input's length).
    case endOfFile(offset: Int)
}
