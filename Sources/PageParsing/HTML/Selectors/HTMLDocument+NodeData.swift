/// The one place the selectors and the DOM adapters read a node's attributes and text, with the
/// signatures the arena DOM (branch `html-arena`) gives ``HTMLDocument``: when that lands, this
/// file is deleted and every caller compiles unchanged.
extension HTMLDocument {
    /// The attributes of element `index` in source order (none for the other kinds).
    @inline(__always) package func attributes(of index: Int32) -> ArraySlice<HTMLElementAttribute> {
        self[index].attributes[...]
    }

    /// The text of text node or comment `index`, or the name of doctype `index` (empty for the
    /// other kinds).
    @inline(__always) package func text(of index: Int32) -> ArraySlice<UInt8> {
        self[index].text[...]
    }
}
