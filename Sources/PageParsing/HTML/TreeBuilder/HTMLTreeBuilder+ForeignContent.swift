/// SVG and MathML: when the foreign-content rules apply, how foreign elements are inserted, and
/// the HTML breakout tags that end them.
extension HTMLTreeBuilder {
    /// The start tags that break out of foreign content back to HTML.
    private static let breakoutTags: HTMLElementNameSet = [
        .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2, .h3, .h4,
        .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s, .small,
        .span, .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var,
    ]

    /// Whether element `node` is an HTML integration point (SVG `foreignObject`, `desc`, `title`;
    /// MathML `annotation-xml` with an HTML `encoding`).
    func isHTMLIntegrationPoint(_ node: Int32) -> Bool {
        let name = document[node].name
        switch document[node].namespace {
        case .svg: return name == .foreignObject || name == .desc || name == .title
        case .mathml:
            guard name == .annotationXML, let encoding = document.attribute(Array("encoding".utf8), of: node)
            else { return false }
            let lowered = encoding.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return lowered == Array("text/html".utf8) || lowered == Array("application/xhtml+xml".utf8)
        case .html: return false
        }
    }

    /// Whether element `node` is a MathML text integration point.
    func isMathMLTextIntegrationPoint(_ node: Int32) -> Bool {
        return document[node].namespace == .mathml && HTMLElementCategories.isMathMLTextIntegration(document[node].name)
    }

    /// The dispatcher's test: whether `token` goes to the foreign-content rules.
    func usesForeignContentRules(_ token: TreeToken) -> Bool {
        let node = adjustedCurrentNode
        guard node >= 0 else { return false }
        let namespace = document[node].namespace
        if namespace == .html { return false }
        let name = document[node].name
        switch token {
        case .endOfFile:
            return false
        case .characters:
            return !isMathMLTextIntegrationPoint(node) && !isHTMLIntegrationPoint(node)
        case .start(let tag):
            if isMathMLTextIntegrationPoint(node), tag.name != .mglyph, tag.name != .malignmark { return false }
            if namespace == .mathml, name == .annotationXML, tag.name == .svg { return false }
            return !isHTMLIntegrationPoint(node)
        default:
            return true
        }
    }

    /// Inserts a foreign element for `tag` in `namespace` with its names adjusted, popping it at
    /// once when the tag is self-closing.
    mutating func insertForeignElement(_ tag: TreeTag, namespace: HTMLNamespace) {
        var adjusted = tag
        if namespace == .svg, tag.name == .unknown {
            // A name with a case is lowercase and none of the SVG names the spec recases.
            let name = ForeignAdjustments.svgTagName(tagBuffers.name)
            adjusted.name = HTMLElementName(name)
            if adjusted.name == .unknown { tagBuffers.name = name }
        }
        let attributes =
            tag.token.attributeCount == 0
            ? nil
            : attributes(of: tag).map {
                ForeignAdjustments.adjusted(tagBuffers.elementAttribute($0), namespace: namespace)
            }
        let node = insertElement(for: adjusted, namespace: namespace, attributes: attributes)
        if tag.token.selfClosing, openElements.current == node { popCurrent() }
    }

    /// The rules for parsing tokens in foreign content.
    mutating func foreignContent(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(var text):
            let bytes = bytes(text)
            if framesetOK, bytes.contains(where: { !Self.isWhitespace($0) && $0 != 0 }) { framesetOK = false }
            if containsNull(text) {
                var replaced: [UInt8] = []
                replaced.reserveCapacity(bytes.count + 2)
                for byte in bytes {
                    if byte == 0 { replaced += [0xEF, 0xBF, 0xBD] } else { replaced.append(byte) }
                }
                text = HTMLTextToken(text: replaced, range: text.range)
            }
            insertCharacters(text)
            return nil
        case .comment(let comment):
            insertComment(comment)
            return nil
        case .doctype:
            return nil
        case .start(let tag):
            let breaksOut =
                Self.breakoutTags.contains(tag.name)
                || (tag.name == .font
                    && (attribute("color", of: tag) != nil
                        || attribute("face", of: tag) != nil
                        || attribute("size", of: tag) != nil))
            if breaksOut {
                popToHTMLOrIntegrationPoint()
                return using(mode, token)
            }
            insertForeignElement(tag, namespace: document[adjustedCurrentNode].namespace)
            return nil
        case .end(let tag):
            if tag.name == .br || tag.name == .p {
                popToHTMLOrIntegrationPoint()
                return using(mode, token)
            }
            return foreignEndTag(tag, token)
        case .endOfFile:
            return using(mode, token)
        }
    }

    /// Pops until the current node is HTML, a MathML text integration point or an HTML
    /// integration point. The caller then hands the token to the current mode's HTML rules, not
    /// to the dispatcher: in a fragment with a foreign context the adjusted current node stays
    /// foreign, and the dispatcher would send the token back here.
    private mutating func popToHTMLOrIntegrationPoint() {
        while !openElements.isEmpty {
            let node = openElements.current
            if document[node].namespace == .html || isMathMLTextIntegrationPoint(node) || isHTMLIntegrationPoint(node) {
                return
            }
            popCurrent()
        }
    }

    /// "Any other end tag" in foreign content: closes the nearest foreign element of that name
    /// (compared lowercased), or hands the token to the HTML rules at the first HTML element.
    private mutating func foreignEndTag(_ tag: TreeTag, _ token: TreeToken) -> TreeToken? {
        var index = openElements.count - 1
        while index > 0 {
            let node = openElements[index].node
            let name = document[node].name
            // Two names with a case are the same lowercased when they are the same case: a tag's
            // is lowercase, and no recased SVG name is another case lowercased.
            let matches =
                name != .unknown && tag.name != .unknown
                ? name == tag.name
                : document.nameBytes(of: node).elementsEqual(nameBytes(of: tag)) { HTMLByte.lowercased($0) == $1 }
            if matches {
                popUntilNode(node, endTagEnd: tag.token.range.upperBound)
                return nil
            }
            index -= 1
            if openElements[index].namespace == .html { return using(mode, token) }
        }
        return nil
    }
}
