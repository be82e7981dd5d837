/// One node of an ``HTMLDocument``'s arena.
///
/// Links are `Int32` indices into ``HTMLDocument/nodes`` (`-1` for none), so a tree of any depth is
/// walked with loops over `parent`, `firstChild` and `nextSibling`, never recursion. The rare
/// fields live in the document's side tables, keyed by node index, so that a node stays small and
/// cheap to copy: an unknown element name's bytes (``HTMLDocument/unknownName(of:)``) and a
/// doctype's identifiers (``HTMLDocument/doctypeIdentifiers(of:)``).
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
    /// An element's attributes in source order.
    package var attributes: [HTMLElementAttribute] = []
    /// A text node's or comment's text; a doctype's name.
    package var text: [UInt8] = []
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
