/// One node of an ``HTMLDocument``'s arena.
///
/// Links are `Int32` indices into ``HTMLDocument/nodes`` (`-1` for none), so a tree of any depth is
/// walked with loops over `parent`, `firstChild` and `nextSibling`, never recursion. A node is
/// plain data (no arrays, so a copy retains and releases nothing): its text is a span of the
/// input or of the document's byte arena (``HTMLDocument/text(of:)``), its attributes a run of
/// the document's attribute list (``HTMLDocument/attributes(of:)``). The rare fields live in the
/// document's side tables, keyed by node index: an unknown element name's bytes
/// (``HTMLDocument/unknownName(of:)``) and a doctype's identifiers
/// (``HTMLDocument/doctypeIdentifiers(of:)``).
package struct HTMLNode: Sendable {
    /// What the node is.
    package var kind: HTMLNodeKind
    /// An element's namespace (`.html` for the other kinds).
    package var namespace: HTMLNamespace
    /// An element's interned name (`.unknown` for the other kinds, and for names with no case).
    package var name: HTMLElementName
    /// The parent, or -1.
    package var parent: Int32 = -1
    /// The first child, or -1.
    package var firstChild: Int32 = -1
    /// The last child, or -1.
    package var lastChild: Int32 = -1
    /// The next sibling, or -1.
    package var nextSibling: Int32 = -1
    /// The previous sibling, or -1.
    package var previousSibling: Int32 = -1
    /// Where an element's attributes start in ``HTMLDocument/attributeList``.
    package var attributeStart: Int32 = 0
    /// How many attributes the element has (they follow one another in source order).
    package var attributeCount: Int32 = 0
    /// Where a text node's or comment's text is, or a doctype's name (read it with
    /// ``HTMLDocument/text(of:)``).
    package var textSpan = HTMLByteSpan.empty
    /// The bytes of the input the node covers: for an element, from its start tag to the end of its
    /// end tag or of its last descendant; for a text node, the union of the runs merged into it;
    /// empty at the element's position for one the parser implied.
    package var range: Range<Int>

    /// Creates a node with no links.
    package init(
        kind: HTMLNodeKind, namespace: HTMLNamespace = .html, name: HTMLElementName = .unknown, range: Range<Int>
    ) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.range = range
    }

    /// Whether the node is an HTML element named `name`.
    @inline(__always) package func isHTML(_ name: HTMLElementName) -> Bool {
        kind == .element && namespace == .html && self.name == name
    }
}
