/// The bytes that end a run of ordinary characters in each state that copies runs in one slice.
///
/// Built once per tokenizer and kept in it: a `static let` would cost a `swift_once` call on
/// every use in the hot loop.
struct HTMLTokenizerStops: Sendable {
    /// The data and RCDATA states.
    let data = HTMLByteSet(HTMLByte.lessThan, HTMLByte.ampersand, HTMLByte.carriageReturn, HTMLByte.null)
    /// The RAWTEXT and script data states.
    let rawtext = HTMLByteSet(HTMLByte.lessThan, HTMLByte.carriageReturn, HTMLByte.null)
    /// The PLAINTEXT state.
    let plaintext = HTMLByteSet(HTMLByte.carriageReturn, HTMLByte.null)
    /// The tag name state (upper-case letters are lowered one by one).
    let tagName = HTMLByteSet(
        HTMLByte.tab, HTMLByte.lineFeed, HTMLByte.formFeed, HTMLByte.carriageReturn, HTMLByte.space, HTMLByte.solidus,
        HTMLByte.greaterThan, HTMLByte.null
    ).addingUpperCaseLetters()
    /// The attribute name state.
    let attributeName = HTMLByteSet(
        HTMLByte.tab, HTMLByte.lineFeed, HTMLByte.formFeed, HTMLByte.carriageReturn, HTMLByte.space, HTMLByte.solidus,
        HTMLByte.greaterThan, HTMLByte.equals, HTMLByte.null, HTMLByte.quotationMark, HTMLByte.apostrophe,
        HTMLByte.lessThan
    ).addingUpperCaseLetters()
    /// The attribute value (double-quoted) state.
    let doubleQuotedValue = HTMLByteSet(
        HTMLByte.quotationMark, HTMLByte.ampersand, HTMLByte.carriageReturn, HTMLByte.null)
    /// The attribute value (single-quoted) state.
    let singleQuotedValue = HTMLByteSet(
        HTMLByte.apostrophe, HTMLByte.ampersand, HTMLByte.carriageReturn, HTMLByte.null)
    /// The attribute value (unquoted) state.
    let unquotedValue = HTMLByteSet(
        HTMLByte.tab, HTMLByte.lineFeed, HTMLByte.formFeed, HTMLByte.carriageReturn, HTMLByte.space,
        HTMLByte.ampersand, HTMLByte.greaterThan, HTMLByte.null, HTMLByte.quotationMark, HTMLByte.apostrophe,
        HTMLByte.lessThan, HTMLByte.equals, HTMLByte.graveAccent)
    /// The comment state.
    let comment = HTMLByteSet(HTMLByte.lessThan, HTMLByte.hyphen, HTMLByte.carriageReturn, HTMLByte.null)
    /// The bogus comment state.
    let bogusComment = HTMLByteSet(HTMLByte.greaterThan, HTMLByte.carriageReturn, HTMLByte.null)
}
