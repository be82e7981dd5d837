/// The visible text of a node, the way a browser's `innerText` reads it: blocks on their own
/// lines, `<p>` with a blank line around it, `<br>` a line break, white space folded outside
/// `<pre>`, `<textarea>`, `<listing>` and `<plaintext>`, table cells separated by a tab and rows by
/// a line break, images with alt text as `[image: alt]`; nothing from `script`, `style`,
/// `template`, `head`, `title`, elements with the `hidden` attribute or an inline
/// `display: none`.
///
/// CSS is not applied beyond the inline `display: none`: the default display of each element
/// decides what is a block.
extension HTMLDocument {
    /// The visible text of `index`. A node that is not rendered itself (a `<script>`, a hidden
    /// element) gives its `textContent`, as `innerText` does.
    /// - Complexity: O(n) in the subtree's size; no recursion.
    package func visibleText(of index: Int32) -> String {
        if nodes[Int(index)].kind == .text {
            var builder = VisibleTextBuilder()
            builder.appendFolded(nodes[Int(index)].text)
            return builder.finish()
        }
        if nodes[Int(index)].kind == .element && !isRendered(index) { return textContent(of: index) }
        var builder = VisibleTextBuilder()
        var preformatted = 0
        var current = nodes[Int(index)].firstChild
        while current >= 0 {
            let node = nodes[Int(current)]
            var descend = false
            switch node.kind {
            case .text:
                if preformatted > 0 { builder.appendPreformatted(node.text) } else { builder.appendFolded(node.text) }
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
        return builder.finish()
    }

    /// Whether element `index` is rendered: not one of the never-rendered elements, no `hidden`
    /// attribute, no inline `display: none`.
    private func isRendered(_ index: Int32) -> Bool {
        let node = nodes[Int(index)]
        if node.namespace == .html && Self.unrenderedNames.contains(node.name) { return false }
        for attribute in node.attributes where attribute.namespace == .none {
            if attribute.name == Self.hiddenAttribute { return false }
            if attribute.name == Self.styleAttribute && Self.declaresDisplayNone(attribute.value) { return false }
        }
        return true
    }

    private func enter(_ index: Int32, _ node: HTMLNode, _ builder: inout VisibleTextBuilder) {
        guard node.namespace == .html else { return }
        switch node.name {
        case .p:
            builder.requireLineBreaks(2)
        case .br:
            builder.appendLiteral(VisibleTextBuilder.lineFeed)
        case .img:
            if let alt = attribute(Self.altAttribute, of: index) {
                var folded = VisibleTextBuilder()
                folded.appendFolded(alt)
                let text = folded.finish()
                if !text.isEmpty { builder.appendWord(Array("[image: \(text)]".utf8)) }
            }
        default:
            if Self.blockNames.contains(node.name) { builder.requireLineBreaks(1) }
        }
    }

    private func leave(_ index: Int32, _ node: HTMLNode, _ builder: inout VisibleTextBuilder) {
        guard node.namespace == .html else { return }
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
    static func declaresDisplayNone(_ style: [UInt8]) -> Bool {
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

    private static let unrenderedNames: Set<HTMLElementName> = [.script, .style, .template, .head, .title]
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

/// Collects the pieces of visible text: folded words, literal breaks and tabs, and the "required
/// line break counts" of blocks, which collapse to the largest of a run and vanish at either end.
struct VisibleTextBuilder {
    static let lineFeed = UInt8(ascii: "\n")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")

    private var output: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreaks = 0

    /// Asks for at least `count` line breaks before the next text.
    mutating func requireLineBreaks(_ count: Int) {
        pendingBreaks = max(pendingBreaks, count)
    }

    /// Text whose white space folds to single spaces.
    mutating func appendFolded(_ text: [UInt8]) {
        var index = 0
        while index < text.count {
            if HTMLByte.isASCIIWhitespace(text[index]) {
                pendingSpace = true
                index += 1
                continue
            }
            var end = index
            while end < text.count && !HTMLByte.isASCIIWhitespace(text[end]) { end += 1 }
            appendWord(text[index..<end])
            index = end
        }
    }

    /// Text kept as it is (inside `<pre>`).
    mutating func appendPreformatted(_ text: [UInt8]) {
        guard !text.isEmpty else { return }
        flush()
        if pendingSpace && !atLineStart { output.append(Self.space) }
        pendingSpace = false
        output += text
    }

    /// A run of non-space bytes.
    mutating func appendWord<Bytes: Collection<UInt8>>(_ word: Bytes) {
        flush()
        if pendingSpace && !atLineStart { output.append(Self.space) }
        pendingSpace = false
        output += word
    }

    /// A line break or tab that stays where it is (`<br>`, between cells and rows).
    mutating func appendLiteral(_ byte: UInt8) {
        flush()
        pendingSpace = false
        output.append(byte)
    }

    /// The text, with pending breaks and spaces at the end dropped.
    func finish() -> String {
        String(decoding: output, as: UTF8.self)
    }

    private var atLineStart: Bool {
        output.last.map { $0 == Self.lineFeed || $0 == Self.tab } ?? true
    }

    private mutating func flush() {
        if pendingBreaks > 0 && !output.isEmpty {
            output += [UInt8](repeating: Self.lineFeed, count: pendingBreaks)
            pendingSpace = false
        }
        pendingBreaks = 0
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            || (byte >= 0x30 && byte <= 0x39)
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, HTMLByte.isASCIIWhitespace(first) { slice.removeFirst() }
        while let last = slice.last, HTMLByte.isASCIIWhitespace(last) { slice.removeLast() }
        return slice
    }
}
