extension HTMLDocument {
    /// The first element after `node` among its siblings, or -1 when none follows.
    /// - Complexity: O(k) for the k text and comment siblings skipped.
    package func nextElementSibling(of node: Int32) -> Int32 {
        var sibling = nodes[Int(node)].nextSibling
        while sibling >= 0 && nodes[Int(sibling)].kind != .element {
            sibling = nodes[Int(sibling)].nextSibling
        }
        return sibling
    }
}
