/// A token as ``HTMLTokenizer/nextInPlace()`` gives it: an ``HTMLToken`` whose parts stay in the
/// tokenizer, read there before the next call: a tag's name and attributes in its
/// ``HTMLTagBuffers``, a DOCTYPE in ``HTMLTokenizer/doctype``, decoded text in its buffers.
/// Plain data, so that a token costs no retain, release or value witness on its way out.
package enum HTMLInPlaceToken: Sendable {
    /// `<!DOCTYPE …>`, its parts in ``HTMLTokenizer/doctype``.
    case doctype
    /// `<name …>`.
    case startTag(HTMLTagHeader)
    /// `</name …>`.
    case endTag(HTMLTagHeader)
    /// A comment (see ``HTMLToken/comment(_:)``), its data read with ``HTMLTokenizer/takeComment(_:)``.
    case comment(HTMLInPlaceText)
    /// A run of characters (never empty), read with ``HTMLTokenizer/takeCharacters(_:)``.
    case characters(HTMLInPlaceText)
    /// The end of the input, at `offset` (the input's length).
    case endOfFile(offset: Int)
}
