/// The adoption agency algorithm: how a formatting end tag (`</b>`, `</a>`, …) closes its element
/// when other elements were opened inside it, as in `<b><p>x</b>y`.
extension HTMLTreeBuilder {
    /// Runs the adoption agency algorithm for the end tag (or the `<a>`/`<nobr>` start tag) `tag`.
    /// - Complexity: at most 8 outer and, per outer pass, a walk of the stack between the
    ///   formatting element and the furthest block; O(1) for the common `<b>x</b>`.
    mutating func adoptionAgency(for tag: TreeTag) {
        let subject = tag.name
        let end = tag.token.range.upperBound
        let current = openElements.current
        if openElements.currentIs(subject), formatting.index(of: current) == nil {
            popCurrent(endTagEnd: end)
            return
        }
        for _ in 0..<8 {
            // The formatting element: the last entry named `subject` after the last marker.
            guard let listIndex = formatting.lastIndexAfterLastMarker(named: subject) else {
                return anyOtherEndTag(tag)
            }
            let formattingElement = formatting[listIndex]
            guard let stackIndex = openElements.index(of: formattingElement) else {
                formatting.remove(at: listIndex)
                return
            }
            guard hasNodeInScope(formattingElement) else { return }
            // The furthest block: the first special element above the formatting element.
            var furthestIndex = stackIndex + 1
            while furthestIndex < openElements.count,
                !HTMLElementCategories.isSpecial(
                    openElements[furthestIndex].name, openElements[furthestIndex].namespace)
            {
                furthestIndex += 1
            }
            guard furthestIndex < openElements.count else {
                while openElements.count > stackIndex { openElements.pop() }
                closeRange(of: formattingElement, at: end)
                formatting.remove(at: listIndex)
                return
            }
            let furthestBlock = openElements[furthestIndex].node
            let commonAncestor = openElements[stackIndex - 1].node
            var bookmark = listIndex
            var node = furthestBlock
            var nodeIndex = furthestIndex
            var lastNode = furthestBlock
            var innerCounter = 0
            while true {
                innerCounter += 1
                nodeIndex -= 1
                node = openElements[nodeIndex].node
                if node == formattingElement { break }
                var nodeListIndex = formatting.index(of: node)
                if innerCounter > 3, let index = nodeListIndex {
                    formatting.remove(at: index)
                    if index < bookmark { bookmark -= 1 }
                    nodeListIndex = nil
                }
                guard let entryIndex = nodeListIndex else {
                    openElements.remove(at: nodeIndex)
                    continue
                }
                let copy = cloneElement(node)
                formatting[entryIndex] = copy
                openElements.replace(at: nodeIndex, with: copy)
                node = copy
                if lastNode == furthestBlock { bookmark = entryIndex + 1 }
                document.detach(lastNode)
                document.append(lastNode, to: node)
                lastNode = node
            }
            document.detach(lastNode)
            insert(lastNode, at: appropriatePlace(target: commonAncestor))
            let copy = cloneElement(formattingElement)
            document.moveChildren(of: furthestBlock, to: copy)
            document.append(copy, to: furthestBlock)
            closeRange(of: formattingElement, at: end)
            // Replace the formatting element's entry by the copy at the bookmark.
            if let old = formatting.index(of: formattingElement) {
                formatting.remove(at: old)
                if old < bookmark { bookmark -= 1 }
            }
            formatting.insert(copy, of: document, at: min(bookmark, formatting.count))
            if let old = openElements.index(of: formattingElement) { openElements.remove(at: old) }
            let blockIndex = openElements.index(of: furthestBlock) ?? (openElements.count - 1)
            openElements.insert(
                copy, name: document[copy].name, namespace: document[copy].namespace, at: blockIndex + 1)
        }
    }
}
