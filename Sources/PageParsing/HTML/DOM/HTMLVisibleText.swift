/// The visible text of a node, the way a browser's `innerText` reads it: blocks on their own
/// lines, `<p>` with a blank line around it, `<br>` a line break, white space folded outside
/// `<pre>`, `<textarea>`, `<listing>` and `<plaintext>`, table cells separated by a tab and rows by
/// a line break, images with alt text as `[image: alt]`; nothing from `script`, `style`,
/// `template`, `head`, `title`, elements with the `hidden` attribute or an inline
/// `display: none`, nor from what a browser leaves unshown (`noscript` with scripting on, the
/// fallback content of `iframe`, `object`, `canvas`, `audio` and `video`, `select` menus, `svg` and
/// `math` drawings).
///
/// CSS is not applied beyond the inline `display: none`: the default display of each element
/// decides what is a block.
extension HTMLDocument {
    /// The visible text of `index`. A node that is not rendered itself (a `<script>`, a hidden
    /// element) gives its `textContent`, as `innerText` does. With a `limit`, the walk stops once
    /// the text holds that many bytes (the text may run a word past it). Each node that `cut`
    /// marks (by node index) is left out with its subtree, as if detached from its parent;
    /// `index` itself never is.
    /// - Complexity: O(n) in the subtree's size, or in the nodes walked until `limit`; no recursion.
    package func visibleText(of index: Int32, limit: Int = .max, skipping cut: [Bool] = []) -> String {
        if nodes[Int(index)].kind == .element && !isRendered(index) { return textContent(of: index, skipping: cut) }
        var builder = VisibleTextBuilder()
        render(index, into: &builder, input: nil, limit: limit, skipping: cut)
        return builder.finish()
    }

    /// The whole document's visible text, with where each piece of it comes from in `input` (the
    /// UTF-8 bytes the document was parsed from) and the list depth of each of its lines.
    /// - Complexity: O(n) in the document's size and the input's length; no recursion.
    package func renderedText(input: [UInt8]) -> RenderedHTMLText {
        var builder = VisibleTextBuilder(recording: true)
        input.withUnsafeBufferPointer {
            render(Self.documentIndex, into: &builder, input: $0, limit: .max, skipping: [])
        }
        return RenderedHTMLText(
            utf8: builder.output, sources: builder.sources ?? RenderedSourceMap(),
            lineListDepths: builder.lineListDepths())
    }

    /// Walks the subtree of `index` in document order, writing what is rendered into `builder`
    /// until it holds `limit` bytes, leaving out each node `cut` marks with its subtree; with
    /// `input`, each text node is lined up with its bytes there.
    private func render(
        _ index: Int32, into builder: inout VisibleTextBuilder, input: UnsafeBufferPointer<UInt8>?, limit: Int,
        skipping cut: [Bool]
    ) {
        if nodes[Int(index)].kind == .text {
            withBytes(nodes[Int(index)].textSpan) { text in
                builder.appendFolded(text, alignment: input.map { align(text, nodes[Int(index)].range, in: $0) })
            }
            return
        }
        var preformatted = 0
        var current = nodes[Int(index)].firstChild
        while current >= 0 && builder.output.count < limit {
            let node = nodes[Int(current)]
            var descend = false
            switch node.kind {
            case _ where !cut.isEmpty && cut[Int(current)]:
                break
            case .text:
                withBytes(node.textSpan) { text in
                    let alignment = input.map { align(text, node.range, in: $0) }
                    if preformatted > 0 {
                        builder.appendPreformatted(text, alignment: alignment)
                    } else {
                        builder.appendFolded(text, alignment: alignment)
                    }
                }
            case .element:
                if isRendered(current) {
                    enter(current, node, &builder)
                    if Self.preformattedNames.contains(node.name) { preformatted += 1 }
                    descend = node.firstChild >= 0
                    if !descend {
                        leave(current, node, &builder)
                        if Self.preformattedNames.contains(node.name) { preformatted -= 1 }
                    }
                }
            case .document, .doctype, .comment, .templateContents:
                break
            }
            if descend {
                current = node.firstChild
                continue
            }
            // Move to the next sibling, leaving every element whose last child this was.
            var at = current
            while true {
                let sibling = nodes[Int(at)].nextSibling
                if sibling >= 0 {
                    current = sibling
                    break
                }
                let parent = nodes[Int(at)].parent
                if parent < 0 || parent == index {
                    current = -1
                    break
                }
                let parentNode = nodes[Int(parent)]
                leave(parent, parentNode, &builder)
                if Self.preformattedNames.contains(parentNode.name) { preformatted -= 1 }
                at = parent
            }
        }
    }

    /// How a text node's `text` lines up with its bytes `range` of `input`.
    private func align(
        _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in input: UnsafeBufferPointer<UInt8>
    ) -> TextNodeAlignment {
        TextNodeAlignment(text: text, input: input, range: range)
    }

    /// Whether element `index` is rendered: not one of the never-rendered elements (nor an `<svg>`
    /// or `<math>` drawing), no `hidden` attribute, no inline `display: none`.
    package func isRendered(_ index: Int32) -> Bool {
        let node = nodes[Int(index)]
        if node.namespace == .html && Self.unrenderedNames.contains(node.name) { return false }
        if node.namespace == .svg && node.name == .svg || node.namespace == .mathml && node.name == .math {
            return false
        }
        for attribute in attributes(of: index) where attribute.namespace == .none {
            if attribute.name == Self.hiddenAttribute { return false }
            if attribute.name == Self.styleAttribute && Self.declaresDisplayNone(value(of: attribute)) { return false }
        }
        return true
    }

    private func enter(_ index: Int32, _ node: HTMLNode, _ builder: inout VisibleTextBuilder) {
        guard node.namespace == .html else { return }
        switch node.name {
        case .p:
            builder.requireLineBreaks(2)
        case .br:
            builder.appendLiteral(VisibleTextBuilder.lineFeed, source: node.range)
        case .img:
            if let alt = attribute(Self.altAttribute, of: index) {
                var folded = VisibleTextBuilder()
                alt.withUnsafeBufferPointer { folded.appendFolded($0) }
                let text = folded.finish()
                if !text.isEmpty { builder.appendWord(Array("[image: \(text)]".utf8), source: node.range) }
            }
        default:
            if Self.blockNames.contains(node.name) { builder.requireLineBreaks(1) }
        }
        if Self.listNames.contains(node.name) { builder.listDepth += 1 }
    }

    private func leave(_ index: Int32, _ node: HTMLNode, _ builder: inout VisibleTextBuilder) {
        guard node.namespace == .html else { return }
        if Self.listNames.contains(node.name) { builder.listDepth -= 1 }
        switch node.name {
        case .p:
            builder.requireLineBreaks(2)
        case .td, .th:
            if hasLaterSibling(index, named: [.td, .th]) { builder.appendLiteral(VisibleTextBuilder.tab) }
        case .tr:
            if hasLaterRow(index) { builder.appendLiteral(VisibleTextBuilder.lineFeed) }
        default:
            if Self.blockNames.contains(node.name) { builder.requireLineBreaks(1) }
        }
    }

    private func hasLaterSibling(_ index: Int32, named names: Set<HTMLElementName>) -> Bool {
        var sibling = nodes[Int(index)].nextSibling
        while sibling >= 0 {
            if names.contains(nodes[Int(sibling)].name) && nodes[Int(sibling)].kind == .element
                && isRendered(sibling)
            {
                return true
            }
            sibling = nodes[Int(sibling)].nextSibling
        }
        return false
    }

    /// Whether a rendered `<tr>` follows `row` in its table (in the same or a later row group).
    private func hasLaterRow(_ row: Int32) -> Bool {
        if hasLaterSibling(row, named: [.tr]) { return true }
        let group = nodes[Int(row)].parent
        guard group >= 0, [.tbody, .thead, .tfoot].contains(nodes[Int(group)].name) else { return false }
        var sibling = nodes[Int(group)].nextSibling
        while sibling >= 0 {
            if nodes[Int(sibling)].kind == .element && isRendered(sibling) {
                var child = nodes[Int(sibling)].firstChild
                while child >= 0 {
                    if nodes[Int(child)].isHTML(.tr) && isRendered(child) { return true }
                    child = nodes[Int(child)].nextSibling
                }
            }
            sibling = nodes[Int(sibling)].nextSibling
        }
        return false
    }

    /// Whether a `style` attribute's declarations set `display` to `none`.
    static func declaresDisplayNone(_ style: ArraySlice<UInt8>) -> Bool {
        for declaration in style.split(separator: UInt8(ascii: ";")) {
            guard let colon = declaration.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let property = VisibleTextBuilder.trimmed(declaration[..<colon]).map(HTMLByte.lowercased)
            guard property == Array("display".utf8) else { continue }
            let value = VisibleTextBuilder.trimmed(declaration[(colon + 1)...]).map(HTMLByte.lowercased)
            if value.starts(with: Array("none".utf8)),
                value.count == 4 || !VisibleTextBuilder.isNameByte(value[value.startIndex + 4])
            {
                return true
            }
        }
        return false
    }

    private static let hiddenAttribute = Array("hidden".utf8)
    private static let styleAttribute = Array("style".utf8)
    private static let altAttribute = Array("alt".utf8)

    /// Elements never shown: scripts, styles and the head; what a browser with scripting on
    /// hides (`noscript`); fallback content shown only when the embedded thing fails (`iframe`,
    /// `object`, `canvas`, `audio`, `video`, `noembed`, `noframes`); and `select` menus.
    private static let unrenderedNames: Set<HTMLElementName> = [
        .script, .style, .template, .head, .title, .noscript, .iframe, .object, .canvas, .audio, .video, .noembed,
        .noframes, .select,
    ]
    /// Elements whose nesting is recorded as each line's list depth.
    private static let listNames: Set<HTMLElementName> = [.ul, .ol]
    private static let preformattedNames: Set<HTMLElementName> = [.pre, .textarea, .listing, .plaintext]
    private static let blockNames: Set<HTMLElementName> = Set(
        [
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol",
            "plaintext", "pre", "search", "section", "summary", "table", "ul",
        ].map { HTMLElementName(Array($0.utf8)) }
    ).subtracting([.unknown])
}
