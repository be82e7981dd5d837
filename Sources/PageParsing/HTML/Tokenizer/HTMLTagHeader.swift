/// A start or end tag as the tokenizer emits it in place: the fixed parts only, plain data; the
/// name bytes, attributes and decoded values stay in the tokenizer's ``HTMLTagBuffers``.
///
/// The one-byte fields come last, so that they share the last word with no padding between:
/// 26 bytes, which keeps the tokens that carry a header (and are moved once per dispatch) small.
package struct HTMLTagHeader: Sendable {
    /// The bytes of the whole tag, from `<` to `>` (or to the end of the input).
    package var range: Range<Int>
    /// How many of the buffers' attributes are the tag's (0 for a tag the parser implies).
    package var attributeCount: Int
    /// The tag name interned (`.unknown` for a name without a case: the buffers keep its bytes).
    package var element: HTMLElementName
    /// Whether the tag ends with `/>`.
    package var selfClosing: Bool

    /// A header for a tag named `element` with `attributeCount` attributes in the buffers.
    package init(element: HTMLElementName, attributeCount: Int = 0, selfClosing: Bool = false, range: Range<Int>) {
        self.element = element
        self.attributeCount = attributeCount
        self.selfClosing = selfClosing
        self.range = range
    }
}
