/// Where and how nodes go into the tree: the appropriate place (with foster parenting and
/// template contents), elements, text, comments, and the depth cap.
extension HTMLTreeBuilder {
    /// "The appropriate place for inserting a node": a parent and the child to insert before (-1
    /// for last), `target` (default: the current node) redirected by foster parenting, template
    /// contents and the depth cap. Inlined: a call would copy the whole builder to pass it.
    @inline(__always) func appropriatePlace(target override: Int32? = nil) -> (parent: Int32, before: Int32) {
        var target = override ?? openElements.current
        if override == nil, openElements.count > depthLimit {
            target = openElements[depthLimit - 1].node
        }
        var place: (parent: Int32, before: Int32) = (target, -1)
        if fosterParenting, document[target].namespace == .html,
            Self.fosterParentingTargets.contains(document[target].name)
        {
            place = fosterParentPlace()
        }
        if document.nodes[Int(place.parent)].name == .template, document.nodes[Int(place.parent)].isHTML(.template),
            let contents = document.templateContents(of: place.parent)
        {
            place.parent = contents
        }
        return place
    }

    /// The HTML elements whose content is foster-parented while ``fosterParenting`` is set.
    private static let fosterParentingTargets: HTMLElementNameSet = [.table, .tbody, .tfoot, .thead, .tr]

    /// Where foster-parented content goes: before the last table, or in the last template.
    /// Inlined, as ``appropriatePlace(target:)`` is.
    @inline(__always) private func fosterParentPlace() -> (parent: Int32, before: Int32) {
        var lastTable = -1
        var lastTemplate = -1
        var index = openElements.count - 1
        while index >= 0, lastTable < 0 || lastTemplate < 0 {
            if lastTable < 0, openElements.isHTML(at: index, .table) { lastTable = index }
            if lastTemplate < 0, openElements.isHTML(at: index, .template) { lastTemplate = index }
            index -= 1
        }
        if lastTemplate >= 0, lastTable < 0 || lastTemplate > lastTable {
            return (openElements[lastTemplate].node, -1)
        }
        if lastTable < 0 { return (openElements[0].node, -1) }
        let table = openElements[lastTable].node
        let parent = document[table].parent
        if parent >= 0 { return (parent, table) }
        return (openElements[lastTable - 1].node, -1)
    }

    /// Links `node` at `place`.
    mutating func insert(_ node: Int32, at place: (parent: Int32, before: Int32)) {
        document.insert(node, into: place.parent, before: place.before)
    }

    /// Creates an element for `tag` in `namespace` (attributes copied without namespaces; the
    /// foreign-content rules adjust them first). Its range is the start tag's.
    mutating func createElement(
        for tag: TreeTag, namespace: HTMLNamespace = .html, attributes: [HTMLElementAttribute]? = nil
    ) -> Int32 {
        let index = document.create(kind: .element, namespace: namespace, name: tag.name, range: tag.token.range)
        if let attributes {
            document.setAttributes(attributes, decodedValues: tagBuffers.decodedValues, of: index)
        } else if tag.token.attributeCount > 0 {
            document.setAttributes(first: tag.token.attributeCount, of: tagBuffers, of: index)
        }
        if tag.name == .unknown { document.unknownNames[index] = tagBuffers.name }
        if tag.name == .template, namespace == .html {
            let contents = document.create(kind: .templateContents, range: tag.token.range)
            document.append(contents, to: index)
        }
        return index
    }

    /// Creates a copy of element `node` (same name, namespace, attributes) with an empty range at
    /// the current token: what the formatting-element algorithms make.
    mutating func cloneElement(_ node: Int32) -> Int32 {
        let index = document.create(
            kind: .element, namespace: document[node].namespace, name: document[node].name,
            range: tokenStart..<tokenStart)
        document.shareAttributes(of: node, with: index)
        if let name = document.unknownNames[node] { document.unknownNames[index] = name }
        return index
    }

    /// "Insert an HTML element" for `tag` at the appropriate place and push it.
    @discardableResult
    mutating func insertHTMLElement(_ tag: TreeTag) -> Int32 {
        insertElement(for: tag, namespace: .html, attributes: nil)
    }

    /// Inserts a void element for `tag` (inserted, and popped at once).
    mutating func insertVoidElement(_ tag: TreeTag) {
        let place = appropriatePlace()
        let node = createElement(for: tag)
        insert(node, at: place)
    }

    /// Inserts an element for `tag` in `namespace` at the appropriate place and pushes it.
    @discardableResult
    mutating func insertElement(
        for tag: TreeTag, namespace: HTMLNamespace, attributes: [HTMLElementAttribute]?
    ) -> Int32 {
        let place = appropriatePlace()
        let node = createElement(for: tag, namespace: namespace, attributes: attributes)
        insert(node, at: place)
        push(node)
        return node
    }

    /// Pushes `node` on the stack of open elements, noting the first time the stack passes the
    /// depth cap.
    mutating func push(_ node: Int32) {
        openElements.push(node, name: document[node].name, namespace: document[node].namespace)
        if openElements.count == depthLimit + 1,
            !document.warnings.contains(where: { $0.kind == .depthLimitReached })
        {
            document.warnings.append(HTMLTreeWarning(kind: .depthLimitReached, offset: tokenStart, limit: depthLimit))
        }
    }

    /// "Insert a character": appends `text` to a text node just before the insertion point, or
    /// makes a new one; nothing is inserted into the document node itself.
    /// - Complexity: O(k) in the text's length.
    mutating func insertCharacters(_ text: HTMLTextToken) {
        guard !text.isEmpty else { return }
        let place = appropriatePlace()
        guard document[place.parent].kind != .document else { return }
        let previous = place.before >= 0 ? document[place.before].previousSibling : document[place.parent].lastChild
        if previous >= 0, document[previous].kind == .text {
            let span = document[previous].textSpan
            if text.isVerbatim, !span.inArena, span.end == text.range.lowerBound {
                // The next run of the input: the node's span grows, nothing is copied.
                document.nodes[Int(previous)].textSpan.end = text.range.upperBound
            } else {
                document.appendText(bytes(text), to: previous)
            }
            let range = document[previous].range
            document.nodes[Int(previous)].range =
                min(range.lowerBound, text.range.lowerBound)..<max(range.upperBound, text.range.upperBound)
            return
        }
        let index = document.create(kind: .text, range: text.range)
        if text.isVerbatim {
            document.setText(HTMLByteSpan(text.range, inArena: false), of: index)
        } else {
            document.setText(text.decoded, of: index)
        }
        insert(index, at: place)
    }

    /// "Insert a comment" at the appropriate place, or as the last child of `parent`.
    mutating func insertComment(_ comment: HTMLTextToken, parent: Int32? = nil) {
        let index = document.create(kind: .comment, range: comment.range)
        document.setText(bytes(comment), of: index)
        if let parent { document.append(index, to: parent) } else { insert(index, at: appropriatePlace()) }
    }

    /// The generic raw text / RCDATA element parsing algorithm: insert, switch the tokenizer, go
    /// to `text`.
    mutating func insertRawText(_ tag: TreeTag, state: HTMLTokenizerContentState) {
        insertHTMLElement(tag)
        requestedTokenizerState = state
        originalMode = mode
        mode = .text
    }

    /// Adds to element `node` the attributes of `tag` it does not already have (a second `<html>`
    /// or `<body>` tag).
    mutating func addMissingAttributes(of tag: TreeTag, to node: Int32) {
        for attribute in elementAttributes(of: tag)
        where !document.attributes(of: node).contains(where: { $0.namespace == .none && $0.name == attribute.name }) {
            document.appendAttribute(attribute, decodedValues: tagBuffers.decodedValues, to: node)
        }
    }

    // MARK: - Active formatting elements

    /// Pushes `node` on the list of active formatting elements, first removing the earliest of
    /// three identical entries after the last marker (the Noah's Ark clause).
    /// - Complexity: O(1) expected unless three identical entries are open.
    mutating func pushFormatting(_ node: Int32) {
        formatting.push(node, of: document)
    }

    /// "Reconstruct the active formatting elements": reopens the formatting elements closed by a
    /// block, so `<b>1<p>2` keeps `2` bold.
    /// - Complexity: O(1) when the last entry is open or a marker (the common case).
    mutating func reconstructFormatting() {
        guard !formatting.isEmpty else { return }
        var index = formatting.count - 1
        let last = formatting[index]
        if last == ActiveFormattingElements.marker || openElements.contains(last) { return }
        while index > 0 {
            let entry = formatting[index - 1]
            if entry == ActiveFormattingElements.marker || openElements.contains(entry) { break }
            index -= 1
        }
        while index < formatting.count {
            let copy = cloneElement(formatting[index])
            insert(copy, at: appropriatePlace())
            push(copy)
            formatting[index] = copy
            index += 1
        }
    }
}
