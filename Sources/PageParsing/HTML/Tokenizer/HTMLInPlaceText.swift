/// The text of a character run or a comment as ``HTMLTokenizer/nextInPlace()`` gives it: plain
/// data, the bytes left in the tokenizer's buffers (``HTMLTokenizer/takeCharacters(_:)`` and
/// ``HTMLTokenizer/takeComment(_:)`` make an ``HTMLTextToken`` of it), so that the token is
/// moved and dropped without a retain, a release or a value witness of its own.
package struct HTMLInPlaceText: Sendable {
    /// The bytes of the input the text was read from (for a comment: from `<!--` to `-->`).
    package var range: Range<Int>
    /// Whether the text is exactly the input bytes in ``range`` (a character run only).
    package var isVerbatim: Bool
}
