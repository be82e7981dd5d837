/// The "in body" insertion mode, the whole of it.
extension HTMLTreeBuilder {
    /// `h1` to `h6`.
    static let headings: [HTMLElementName] = [.h1, .h2, .h3, .h4, .h5, .h6]
    /// ``headings`` as a set, for the tests of the current node.
    private static let headingSet = HTMLElementNameSet(headings)

    /// The "in body" insertion mode.
    /// - Complexity: amortised O(1) per token outside the formatting-element algorithms.
    mutating func inBody(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            bodyCharacters(text)
            return nil
        case .comment(let comment):
            insertComment(comment)
            return nil
        case .doctype:
            return nil
        case .start(let tag):
            return bodyStartTag(tag, token)
        case .end(let tag):
            return bodyEndTag(tag, token)
        case .endOfFile:
            if !templateModes.isEmpty { return inTemplate(token) }
            stopped = true
            return nil
        }
    }

    /// Characters in body: NUL dropped, formatting reconstructed, frameset-ok cleared by any
    /// character that is not white space.
    private mutating func bodyCharacters(_ text: HTMLTextToken) {
        // The run as it is when it has no NUL (nearly always): no copy of the token.
        if containsNull(text) {
            insertBodyCharacters(withoutNulls(text))
        } else {
            insertBodyCharacters(text)
        }
    }

    /// Inserts `text` (without NUL) in body.
    private mutating func insertBodyCharacters(_ text: HTMLTextToken) {
        if text.isEmpty { return }
        reconstructFormatting()
        insertCharacters(text)
        if framesetOK, bytes(text).contains(where: { !Self.isWhitespace($0) }) { framesetOK = false }
    }

    /// A start tag in body.
    private mutating func bodyStartTag(_ tag: TreeTag, _ token: TreeToken) -> TreeToken? {
        switch tag.name {
        case .html:
            if !openElements.containsHTML(.template) { addMissingAttributes(of: tag, to: openElements[0].node) }
        case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
            return inHead(token)
        case .body:
            guard openElements.count > 1, openElements.isHTML(at: 1, .body), !openElements.containsHTML(.template)
            else { return nil }
            framesetOK = false
            addMissingAttributes(of: tag, to: openElements[1].node)
        case .frameset:
            guard openElements.count > 1, openElements.isHTML(at: 1, .body), framesetOK else { return nil }
            document.detach(openElements[1].node)
            while openElements.count > 1 { openElements.pop() }
            insertHTMLElement(tag)
            mode = .inFrameset
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .fieldset,
            .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .search, .section, .summary,
            .ul:
            // The blocks: a `p` in button scope closes.
            closeParagraphInButtonScope()
            insertHTMLElement(tag)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            closeParagraphInButtonScope()
            if currentIsAny(Self.headingSet) { popCurrent() }
            insertHTMLElement(tag)
        case .pre, .listing:
            closeParagraphInButtonScope()
            insertHTMLElement(tag)
            skipNextLineFeed = true
            framesetOK = false
        case .form:
            let inTemplate = openElements.containsHTML(.template)
            guard formElement < 0 || inTemplate else { return nil }
            closeParagraphInButtonScope()
            let form = insertHTMLElement(tag)
            if !inTemplate { formElement = form }
        case .li:
            framesetOK = false
            closeListItem(matching: [.li])
            closeParagraphInButtonScope()
            insertHTMLElement(tag)
        case .dd, .dt:
            framesetOK = false
            closeListItem(matching: [.dd, .dt])
            closeParagraphInButtonScope()
            insertHTMLElement(tag)
        case .plaintext:
            closeParagraphInButtonScope()
            insertHTMLElement(tag)
            requestedTokenizerState = .plaintext
        case .button:
            if hasInScope(.button) {
                generateImpliedEndTags()
                popUntil(.button)
            }
            reconstructFormatting()
            insertHTMLElement(tag)
            framesetOK = false
        case .a:
            if let index = formatting.lastIndexAfterLastMarker(named: .a) {
                let entry = formatting[index]
                adoptionAgency(for: tag)
                formatting.remove(entry)
                if let position = openElements.index(of: entry) { openElements.remove(at: position) }
            }
            insertFormattingElement(tag)
        case .b, .big, .code, .em, .font, .i, .s, .small, .strike, .strong, .tt, .u:
            insertFormattingElement(tag)
        case .nobr:
            reconstructFormatting()
            if hasInScope(.nobr) {
                adoptionAgency(for: tag)
            }
            insertFormattingElement(tag)
        case .applet, .marquee, .object:
            reconstructFormatting()
            insertHTMLElement(tag)
            formatting.pushMarker()
            framesetOK = false
        case .table:
            if document.quirksMode != .quirks { closeParagraphInButtonScope() }
            insertHTMLElement(tag)
            framesetOK = false
            mode = .inTable
        case .area, .br, .embed, .img, .keygen, .wbr:
            reconstructFormatting()
            insertVoidElement(tag)
            framesetOK = false
        case .input:
            if isSelectFragment { return nil }
            if hasInScope(.select) { closeSelect() }
            reconstructFormatting()
            insertVoidElement(tag)
            if !isHiddenInput(tag) { framesetOK = false }
        case .param, .source, .track:
            insertVoidElement(tag)
        case .hr:
            closeParagraphInButtonScope()
            if hasInScope(.select) { generateImpliedEndTags() }
            insertVoidElement(tag)
            framesetOK = false
        case .image:
            var renamed = tag
            renamed.name = .img
            return .start(renamed)
        case .textarea:
            insertHTMLElement(tag)
            skipNextLineFeed = true
            requestedTokenizerState = .rcdata
            originalMode = mode
            framesetOK = false
            mode = .text
        case .xmp:
            closeParagraphInButtonScope()
            reconstructFormatting()
            framesetOK = false
            insertRawText(tag, state: .rawtext)
        case .iframe:
            framesetOK = false
            insertRawText(tag, state: .rawtext)
        case .noembed:
            insertRawText(tag, state: .rawtext)
        case .select:
            if isSelectFragment { return nil }
            if hasInScope(.select) {
                closeSelect()
            } else {
                reconstructFormatting()
                insertHTMLElement(tag)
                framesetOK = false
            }
        case .option:
            if hasInScope(.select) {
                generateImpliedEndTags(except: .optgroup)
            } else if openElements.currentIs(.option) {
                popCurrent()
            }
            reconstructFormatting()
            insertHTMLElement(tag)
        case .optgroup:
            if hasInScope(.select) {
                generateImpliedEndTags()
            } else if openElements.currentIs(.option) {
                popCurrent()
            }
            reconstructFormatting()
            insertHTMLElement(tag)
        case .rb, .rtc:
            if hasInScope(.ruby) { generateImpliedEndTags() }
            insertHTMLElement(tag)
        case .rp, .rt:
            if hasInScope(.ruby) { generateImpliedEndTags(except: .rtc) }
            insertHTMLElement(tag)
        case .math, .svg:
            reconstructFormatting()
            let namespace: HTMLNamespace = tag.name == .math ? .mathml : .svg
            insertForeignElement(tag, namespace: namespace)
        case .caption, .col, .colgroup, .frame, .head, .tbody, .td, .tfoot, .th, .thead, .tr:
            return nil
        default:
            reconstructFormatting()
            insertHTMLElement(tag)
        }
        return nil
    }

    /// Whether this is a fragment parse in a `<select>` context, where `<select>` and `<input>`
    /// are ignored.
    private var isSelectFragment: Bool { contextElement >= 0 && document[contextElement].isHTML(.select) }

    /// Pops elements until a `select` has been popped.
    mutating func closeSelect(endTagEnd: Int? = nil) {
        popUntil(.select, endTagEnd: endTagEnd)
    }

    /// Whether an `<input>` has `type=hidden` (ASCII case-insensitively).
    func isHiddenInput(_ tag: TreeTag) -> Bool {
        guard let type = attribute("type", of: tag) else { return false }
        return type.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } == Array("hidden".utf8)
    }

    /// Reconstructs formatting, inserts a formatting element and puts it on the list.
    private mutating func insertFormattingElement(_ tag: TreeTag) {
        reconstructFormatting()
        let node = insertHTMLElement(tag)
        pushFormatting(node)
    }

    /// The `<li>` / `<dd>` / `<dt>` loop: closes an open item of `names` unless a special element
    /// other than `address`, `div`, `p` comes first.
    private mutating func closeListItem(matching names: [HTMLElementName]) {
        var index = openElements.count - 1
        while index >= 0 {
            let name = openElements[index].name
            let namespace = openElements[index].namespace
            if namespace == .html, names.contains(name) {
                generateImpliedEndTags(except: name)
                popUntil(name)
                return
            }
            if HTMLElementCategories.isSpecial(name, namespace),
                !(namespace == .html && (name == .address || name == .div || name == .p))
            {
                return
            }
            index -= 1
        }
    }

    /// An end tag in body.
    private mutating func bodyEndTag(_ tag: TreeTag, _ token: TreeToken) -> TreeToken? {
        let end = tag.token.range.upperBound
        switch tag.name {
        case .template:
            return inHead(token)
        case .body, .html:
            guard hasInScope(.body) else { return nil }
            if openElements.count > 1 { closeRange(of: openElements[1].node, at: end) }
            mode = .afterBody
            return tag.name == .html ? token : nil
        case .address, .article, .aside, .blockquote, .button, .center, .details, .dialog, .dir, .div, .dl,
            .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu, .nav, .ol, .pre,
            .search, .section, .summary, .ul:
            // The blocks, closed when in scope.
            guard hasInScope(tag.name) else { return nil }
            generateImpliedEndTags()
            popUntil(tag.name, endTagEnd: end)
        case .select:
            guard hasInScope(.select) else { return nil }
            generateImpliedEndTags()
            closeSelect(endTagEnd: end)
        case .form:
            if openElements.containsHTML(.template) {
                guard hasInScope(.form) else { return nil }
                generateImpliedEndTags()
                popUntil(.form, endTagEnd: end)
            } else {
                let node = formElement
                formElement = -1
                guard node >= 0, hasNodeInScope(node) else { return nil }
                generateImpliedEndTags()
                closeRange(of: node, at: end)
                if let index = openElements.index(of: node) { openElements.remove(at: index) }
            }
        case .p:
            if !hasInScope(.p, .button) { insertHTMLElement(TreeTag(implied: .p, at: tag.token.range.lowerBound)) }
            closeParagraph(endTagEnd: end)
        case .li:
            guard hasInScope(.li, .listItem) else { return nil }
            generateImpliedEndTags(except: .li)
            popUntil(.li, endTagEnd: end)
        case .dd, .dt:
            guard hasInScope(tag.name) else { return nil }
            generateImpliedEndTags(except: tag.name)
            popUntil(tag.name, endTagEnd: end)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            guard hasAnyInScope(Self.headings) else { return nil }
            generateImpliedEndTags()
            popUntilAny(Self.headingSet, endTagEnd: end)
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u:
            adoptionAgency(for: tag)
        case .applet, .marquee, .object:
            guard hasInScope(tag.name) else { return nil }
            generateImpliedEndTags()
            popUntil(tag.name, endTagEnd: end)
            formatting.clearToLastMarker()
        case .br:
            var start = tag
            start.token.attributeCount = 0
            return bodyStartTag(start, .start(start))
        default:
            anyOtherEndTag(tag)
        }
        return nil
    }

    /// "Any other end tag" in body: closes the nearest open element of that name unless a special
    /// element comes first.
    /// - Complexity: O(1) when no element of that name is open above the topmost special element;
    ///   else the walk pops what it passes (amortised O(1)), unknown names of other spellings
    ///   aside.
    mutating func anyOtherEndTag(_ tag: TreeTag) {
        guard openElements.topmostPosition(of: tag.name) >= openElements.topmostSpecial else { return }
        var index = openElements.count - 1
        while index >= 0 {
            let node = openElements[index].node
            if openElements[index].namespace == .html, openElements[index].name == tag.name,
                tag.name != .unknown || document.unknownName(of: node) == nameBytes(of: tag)
            {
                generateImpliedEndTags(except: tag.name == .unknown ? nil : tag.name)
                popUntilNode(node, endTagEnd: tag.token.range.upperBound)
                return
            }
            if HTMLElementCategories.isSpecial(openElements[index].name, openElements[index].namespace) { return }
            index -= 1
        }
    }
}
