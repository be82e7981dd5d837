/// One preorder walk of a page for the generic adapter: the nodes in document order, each one's
/// position, whether it is rendered, and each rendered text node's folded bytes.
struct PageWalk {
    /// The nodes in document order (the document itself excluded).
    private(set) var preorder: [Int32] = []
    /// For each node, its position in ``preorder``, else -1.
    private(set) var position: [Int32]
    /// For each node, whether it and its ancestors are rendered (`<noscript>` counts as rendered).
    private(set) var rendered: [Bool]
    /// For each rendered text node, its text trimmed and folded; empty for every other node.
    private(set) var text: [[UInt8]]

    /// Walks `document` once, without recursion.
    /// - Complexity: O(n) in the nodes and their text.
    init(_ document: HTMLDocument) {
        let count = document.nodes.count
        position = [Int32](repeating: -1, count: count)
        rendered = [Bool](repeating: false, count: count)
        text = [[UInt8]](repeating: [], count: count)
        rendered[0] = true
        var current = document.following(HTMLDocument.documentIndex, within: HTMLDocument.documentIndex)
        while current >= 0 {
            let node = Int(current)
            let parent = Int(document.nodes[node].parent)
            position[node] = Int32(preorder.count)
            preorder.append(current)
            let kind = document.nodes[node].kind
            rendered[node] =
                (parent >= 0 ? rendered[parent] : true)
                && (kind != .element || document.isRendered(current) || document.nodes[node].isHTML(.noscript))
                && kind != .templateContents
            if kind == .text, rendered[node] {
                text[node] = GenericNodeFacts.folded(document.text(of: current))
            }
            current = document.following(current, within: HTMLDocument.documentIndex)
        }
    }
}
