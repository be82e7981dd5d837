import ThreadModel

/// The lossless segmentation of a page read by a DOM adapter: every visible text node (rendered,
/// not only white space) in exactly one segment, runs of nodes with one label merged.
enum DOMSegments {
    /// The segments of `document`, in document order.
    /// - Complexity: O(n) in the number of nodes.
    static func segments(document: HTMLDocument, tables: DOMRoleMatches, offsets: HTMLPage) -> [Segment] {
        var segments: [Segment] = []
        var run: (label: Int32, range: Range<Int>, text: [UInt8])?
        func close() {
            guard let open = run else { return }
            let label = tables.labels[Int(open.label)]
            segments.append(
                Segment(
                    kind: label.kind, name: label.name, post: label.post, span: offsets.span(open.range),
                    text: String(decoding: open.text, as: UTF8.self)))
            run = nil
        }
        for node in visibleTextNodes(document, tables) {
            let range = document[node].range
            let label = tables.label[Int(node)]
            // The run's range only is bound, so that its text is appended to in place.
            if run?.label == label, let open = run?.range, range.lowerBound >= open.upperBound {
                run?.range = open.lowerBound..<range.upperBound
                run?.text.append(0x20)
                run?.text += AdapterValue.foldedBytes(document.text(of: node))
                continue
            }
            close()
            run = (label, range, AdapterValue.foldedBytes(document.text(of: node)))
        }
        close()
        return segments
    }

    /// The text nodes a reader sees: rendered, and not only white space, in document order.
    /// - Complexity: O(n).
    static func visibleTextNodes(_ document: HTMLDocument, _ tables: DOMRoleMatches) -> [Int32] {
        var result: [Int32] = []
        var current = document.following(HTMLDocument.documentIndex, within: HTMLDocument.documentIndex)
        while current >= 0 {
            if document[current].kind == .text, tables.rendered[Int(current)],
                document.text(of: current).contains(where: { !HTMLByte.isASCIIWhitespace($0) })
            {
                result.append(current)
            }
            current = document.following(current, within: HTMLDocument.documentIndex)
        }
        return result
    }
}
