/// A parsed HTML page: every node in one arena, linked by index.
///
/// Node 0 is the document. The tree builder (``HTMLTreeBuilder/parse(_:)``) fills it; selectors
/// and the visible-text renderer read it through the accessors below, which never recurse, so a
/// page of any depth is safe to walk.
package struct HTMLDocument: Sendable {
    /// The index of the document node.
    package static let documentIndex: Int32 = 0

    /// All nodes; links between them are indices into this array. A few may be detached (no
    /// parent, not reachable from node 0): a fragment parse's context element, and the old
    /// content a `<selectedcontent>` replaced. Walk from node 0 to visit the tree.
    package var nodes: [HTMLNode]
    /// The document's mode, from its DOCTYPE.
    package var quirksMode: HTMLQuirksMode = .noQuirks
    /// What the tree builder did beyond the spec (e.g. the depth limit); empty for most pages.
    package var warnings: [HTMLTreeWarning] = []
    /// The name bytes of each element whose ``HTMLNode/name`` is `.unknown` (adjusted, e.g. SVG
    /// `feBlend`), by node index: rare, so kept out of ``HTMLNode``.
    package var unknownNames: [Int32: [UInt8]] = [:]
    /// Each doctype node's public and system identifiers (`nil` when missing), by node index.
    package var doctypeIdentifierTable: [Int32: (publicIdentifier: [UInt8]?, systemIdentifier: [UInt8]?)] = [:]
    /// The page the document was parsed from: the bytes that the nodes' ranges, and the text
    /// spans not in the ``arena``, point into.
    package let input: [UInt8]
    /// The text that is not its input byte for byte (character references decoded, CR read as
    /// LF, NUL replaced, runs merged across markup), each node's run written once.
    package var arena: [UInt8] = []
    /// For each text node whose text was moved to the end of the ``arena`` to grow, where the
    /// room kept after its text ends (see ``appendText(_:to:)``): rare, so kept out of ``HTMLNode``.
    package var textRoomEnds: [Int32: Int] = [:]
    /// Every element's attributes, element after element; a node's ``HTMLNode/attributeStart``
    /// and ``HTMLNode/attributeCount`` say which are its.
    package var attributeList: [HTMLElementAttribute] = []

    /// An empty document for `input`.
    /// Room is made for a node per ``inputBytesPerNode`` bytes of input, so that the arena of a
    /// forum page is allocated once, not regrown and copied a dozen times.
    package init(input: [UInt8] = []) {
        self.input = input
        nodes = []
        nodes.reserveCapacity(1 + input.count / Self.inputBytesPerNode)
        nodes.append(HTMLNode(kind: .document, range: 0..<input.count))
        attributeList.reserveCapacity(input.count / Self.inputBytesPerAttribute)
    }

    /// Fewer bytes of a saved forum page than make one attribute: the attribute list's first
    /// capacity, for the reason given at ``inputBytesPerNode``.
    static let inputBytesPerAttribute = 40

    /// Fewer bytes of a saved forum page than make one node (25–45 on the benchmark's pages): the
    /// arena's first capacity. Set below the densest page, so that the arena is not regrown (a
    /// copy of every node, and a free of the old block that makes malloc consolidate its free
    /// lists) in the middle of a parse; capacity never touched costs address space, not memory.
    static let inputBytesPerNode = 20

    /// The node at `index`, read in place: `document[i].kind` copies no node (a getter would copy
    /// the whole node, retaining and releasing each of its arrays).
    package subscript(_ index: Int32) -> HTMLNode {
        @inline(__always) _read { yield nodes[Int(index)] }
        @inline(__always) _modify { yield &nodes[Int(index)] }
    }

    /// The children of `index`, in order.
    /// - Complexity: O(c) in the number of children.
    package func children(of index: Int32) -> [Int32] {
        var result: [Int32] = []
        var child = nodes[Int(index)].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[Int(child)].nextSibling
        }
        return result
    }

    /// The bytes of `span`: a slice of the ``input`` or of the ``arena``.
    @inline(__always) package func bytes(_ span: HTMLByteSpan) -> ArraySlice<UInt8> {
        span.inArena ? arena[span.range] : input[span.range]
    }

    /// Calls `body` with the bytes of `span`, indexed from 0, and returns what it returns.
    @inline(__always) package func withBytes<Result>(
        _ span: HTMLByteSpan, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try (span.inArena ? arena : input).withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[span.range]))
        }
    }

    /// The text of text node or comment `index`, or the name of doctype `index` (empty for the
    /// other kinds): a slice of the document's bytes, no copy.
    @inline(__always) package func text(of index: Int32) -> ArraySlice<UInt8> {
        bytes(nodes[Int(index)].textSpan)
    }

    /// ``text(of:)`` as an array of its own.
    package func textBytes(of index: Int32) -> [UInt8] { Array(text(of: index)) }

    /// The attributes of element `index` in source order (none for the other kinds): a slice of
    /// ``attributeList``, no copy.
    @inline(__always) package func attributes(of index: Int32) -> ArraySlice<HTMLElementAttribute> {
        let start = Int(nodes[Int(index)].attributeStart)
        return attributeList[start..<start + Int(nodes[Int(index)].attributeCount)]
    }

    /// The value of `attribute`, one of the document's: a slice of its bytes, no copy.
    @inline(__always) package func value(of attribute: HTMLElementAttribute) -> ArraySlice<UInt8> {
        bytes(attribute.value)
    }

    /// The value of the attribute `name` (no namespace) of element `index`, or `nil`, as an array
    /// of its own (a copy; ``attributeValue(_:of:)`` reads it in place).
    package func attribute(_ name: [UInt8], of index: Int32) -> [UInt8]? {
        attributeValue(name, of: index).map { Array($0) }
    }

    /// The value of the attribute `name` (no namespace) of element `index`, or `nil`: a slice of
    /// the document's bytes, no copy.
    package func attributeValue(_ name: [UInt8], of index: Int32) -> ArraySlice<UInt8>? {
        let start = Int(nodes[Int(index)].attributeStart)
        for position in start..<start + Int(nodes[Int(index)].attributeCount) {
            let attribute = attributeList[position]
            if attribute.namespace == .none && attribute.name == name { return bytes(attribute.value) }
        }
        return nil
    }

    /// The value of the attribute `name` (no namespace) of element `index`, or `nil`.
    package func attribute(_ name: String, of index: Int32) -> String? {
        attribute(Array(name.utf8), of: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The element's local name as UTF-8 (interned spelling, or the kept bytes of an unknown name);
    /// empty for a node that is not an element.
    package func nameBytes(of index: Int32) -> [UInt8] {
        guard nodes[Int(index)].kind == .element else { return [] }
        let name = nodes[Int(index)].name
        return name == .unknown ? unknownName(of: index) : name.bytes
    }

    /// The name bytes of element `index` when its ``HTMLNode/name`` is `.unknown`; else empty.
    package func unknownName(of index: Int32) -> [UInt8] { unknownNames[index] ?? [] }

    /// The public and system identifiers of doctype node `index` (each `nil` when missing), or
    /// `nil` for other nodes.
    package func doctypeIdentifiers(of index: Int32) -> (publicIdentifier: [UInt8]?, systemIdentifier: [UInt8]?)? {
        doctypeIdentifierTable[index]
    }

    /// The element's local name as a `String`; empty for a node that is not an element.
    package func name(of index: Int32) -> String {
        String(decoding: nameBytes(of: index), as: UTF8.self)
    }

    /// The `<template>` contents fragment of template element `index`, or `nil` for other nodes.
    package func templateContents(of index: Int32) -> Int32? {
        guard nodes[Int(index)].isHTML(.template) else { return nil }
        let child = nodes[Int(index)].firstChild
        guard child >= 0, nodes[Int(child)].kind == .templateContents else { return nil }
        return child
    }

    /// The node after `index` in document order within the subtree of `root` (children first, then
    /// siblings, then the ancestors' siblings), or -1 when the subtree is done.
    /// - Complexity: amortised O(1); a whole walk is O(n).
    package func following(_ index: Int32, within root: Int32) -> Int32 {
        let firstChild = nodes[Int(index)].firstChild
        if firstChild >= 0 { return firstChild }
        return following(subtreeOf: index, within: root)
    }

    /// The node after the whole subtree of `index` in document order within the subtree of
    /// `root` (its siblings, then the ancestors' siblings), or -1 when the subtree is done.
    /// - Complexity: O(d) in the ancestors climbed.
    package func following(subtreeOf index: Int32, within root: Int32) -> Int32 {
        var current = index
        while current != root {
            let sibling = nodes[Int(current)].nextSibling
            if sibling >= 0 { return sibling }
            current = nodes[Int(current)].parent
            if current < 0 { return -1 }
        }
        return -1
    }

    /// The concatenated text of every text node under `index` (template contents included), in
    /// document order: the DOM's `textContent`. Each node that `cut` marks (by node index) is
    /// left out with its subtree, as if detached from its parent; `index` itself never is.
    /// - Complexity: O(n) in the subtree's size; no recursion.
    package func textContentBytes(of index: Int32, skipping cut: [Bool] = []) -> [UInt8] {
        if nodes[Int(index)].kind == .text || nodes[Int(index)].kind == .comment { return textBytes(of: index) }
        var result: [UInt8] = []
        var current = following(index, within: index)
        while current >= 0 {
            if !cut.isEmpty && cut[Int(current)] {
                current = following(subtreeOf: current, within: index)
                continue
            }
            if nodes[Int(current)].kind == .text { result += text(of: current) }
            current = following(current, within: index)
        }
        return result
    }

    /// ``textContentBytes(of:skipping:)`` as a `String`.
    package func textContent(of index: Int32, skipping cut: [Bool] = []) -> String {
        String(decoding: textContentBytes(of: index, skipping: cut), as: UTF8.self)
    }

    /// The first element in document order that is an HTML element named `name`, or -1.
    package func firstElement(_ name: HTMLElementName) -> Int32 {
        var current: Int32 = 0
        while current >= 0 {
            if nodes[Int(current)].isHTML(name) { return current }
            current = following(current, within: 0)
        }
        return -1
    }

    /// How many ancestors `index` has (the document has none).
    package func depth(of index: Int32) -> Int {
        var depth = 0
        var current = nodes[Int(index)].parent
        while current >= 0 {
            depth += 1
            current = nodes[Int(current)].parent
        }
        return depth
    }
}
