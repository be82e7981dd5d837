/// The insertion modes up to the body: initial, before html, before head, in head, in head
/// noscript, after head; and text (raw text and RCDATA content).
extension HTMLTreeBuilder {
    /// The "initial" insertion mode.
    mutating func initial(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            let (_, rest) = splitLeadingWhitespace(text)
            guard let rest else { return nil }
            document.quirksMode = .quirks
            mode = .beforeHTML
            return .characters(rest)
        case .comment(let comment):
            insertComment(comment, parent: HTMLDocument.documentIndex)
            return nil
        case .doctype(let doctype):
            let index = document.create(kind: .doctype, range: doctype.range)
            document.setText(doctype.name ?? [], of: index)
            document.doctypeIdentifierTable[index] = (doctype.publicIdentifier, doctype.systemIdentifier)
            document.append(index, to: HTMLDocument.documentIndex)
            document.quirksMode = HTMLDoctypeQuirks.mode(of: doctype)
            mode = .beforeHTML
            return nil
        default:
            document.quirksMode = .quirks
            mode = .beforeHTML
            return token
        }
    }

    /// The "before html" insertion mode.
    mutating func beforeHTML(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .doctype: return nil
        case .comment(let comment):
            insertComment(comment, parent: HTMLDocument.documentIndex)
            return nil
        case .characters(let text):
            let (_, rest) = splitLeadingWhitespace(text)
            guard let rest else { return nil }
            insertHTMLRoot(TreeTag(implied: .html, at: tokenStart))
            return .characters(rest)
        case .start(let tag) where tag.name == .html:
            insertHTMLRoot(tag)
            return nil
        case .end(let tag) where ![.head, .body, .html, .br].contains(tag.name):
            return nil
        default:
            insertHTMLRoot(TreeTag(implied: .html, at: tokenStart))
            return token
        }
    }

    /// Creates the `<html>` element as the document's last child and goes to "before head".
    private mutating func insertHTMLRoot(_ tag: TreeTag) {
        let node = createElement(for: tag)
        document.append(node, to: HTMLDocument.documentIndex)
        push(node)
        mode = .beforeHead
    }

    /// The "before head" insertion mode.
    mutating func beforeHead(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            let (_, rest) = splitLeadingWhitespace(text)
            guard let rest else { return nil }
            insertHead(TreeTag(implied: .head, at: tokenStart))
            return .characters(rest)
        case .comment(let comment):
            insertComment(comment)
            return nil
        case .doctype: return nil
        case .start(let tag) where tag.name == .html: return inBody(token)
        case .start(let tag) where tag.name == .head:
            insertHead(tag)
            return nil
        case .end(let tag) where ![.head, .body, .html, .br].contains(tag.name):
            return nil
        default:
            insertHead(TreeTag(implied: .head, at: tokenStart))
            return token
        }
    }

    /// Inserts the `<head>` element, sets the head pointer, goes to "in head".
    private mutating func insertHead(_ tag: TreeTag) {
        headElement = insertHTMLElement(tag)
        mode = .inHead
    }

    /// The "in head" insertion mode.
    mutating func inHead(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            let (space, rest) = splitLeadingWhitespace(text)
            if let space { insertCharacters(space) }
            guard let rest else { return nil }
            popCurrent()
            mode = .afterHead
            return .characters(rest)
        case .comment(let comment):
            insertComment(comment)
            return nil
        case .doctype: return nil
        case .start(let tag):
            switch tag.name {
            case .html: return inBody(token)
            case .base, .basefont, .bgsound, .link, .meta:
                insertVoidElement(tag)
                return nil
            case .title:
                insertRawText(tag, state: .rcdata)
                return nil
            case .noscript:
                insertHTMLElement(tag)
                mode = .inHeadNoscript
                return nil
            case .noframes, .style:
                insertRawText(tag, state: .rawtext)
                return nil
            case .script:
                insertRawText(tag, state: .scriptData)
                return nil
            case .template:
                insertHTMLElement(tag)
                formatting.pushMarker()
                framesetOK = false
                mode = .inTemplate
                templateModes.append(.inTemplate)
                return nil
            case .head:
                return nil
            default:
                break
            }
        case .end(let tag):
            switch tag.name {
            case .head:
                popCurrent(endTagEnd: tag.token.range.upperBound)
                mode = .afterHead
                return nil
            case .body, .html, .br:
                break
            case .template:
                endTemplate(tag)
                return nil
            default:
                return nil
            }
        case .endOfFile:
            break
        }
        popCurrent()
        mode = .afterHead
        return token
    }

    /// The `</template>` rule of "in head".
    mutating func endTemplate(_ tag: TreeTag) {
        guard openElements.containsHTML(.template) else { return }
        generateImpliedEndTagsThoroughly()
        popUntil(.template, endTagEnd: tag.token.range.upperBound)
        formatting.clearToLastMarker()
        templateModes.removeLast()
        resetInsertionMode()
    }

    /// The "in head noscript" insertion mode (scripting disabled).
    mutating func inHeadNoscript(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .doctype: return nil
        case .start(let tag) where tag.name == .html: return inBody(token)
        case .end(let tag) where tag.name == .noscript:
            popCurrent(endTagEnd: tag.token.range.upperBound)
            mode = .inHead
            return nil
        case .characters(let text):
            let (space, rest) = splitLeadingWhitespace(text)
            if let space { insertCharacters(space) }
            guard let rest else { return nil }
            popCurrent()
            mode = .inHead
            return .characters(rest)
        case .comment:
            return inHead(token)
        case .start(let tag) where [.basefont, .bgsound, .link, .meta, .noframes, .style].contains(tag.name):
            return inHead(token)
        case .start(let tag) where tag.name == .head || tag.name == .noscript:
            return nil
        case .end(let tag) where tag.name != .br:
            return nil
        default:
            popCurrent()
            mode = .inHead
            return token
        }
    }

    /// The "after head" insertion mode.
    mutating func afterHead(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            let (space, rest) = splitLeadingWhitespace(text)
            if let space { insertCharacters(space) }
            guard let rest else { return nil }
            insertHTMLElement(TreeTag(implied: .body, at: tokenStart))
            mode = .inBody
            return .characters(rest)
        case .comment(let comment):
            insertComment(comment)
            return nil
        case .doctype: return nil
        case .start(let tag):
            switch tag.name {
            case .html: return inBody(token)
            case .body:
                insertHTMLElement(tag)
                framesetOK = false
                mode = .inBody
                return nil
            case .frameset:
                insertHTMLElement(tag)
                mode = .inFrameset
                return nil
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                guard headElement >= 0 else { break }
                push(headElement)
                let reprocess = inHead(token)
                if let index = openElements.index(of: headElement) { openElements.remove(at: index) }
                return reprocess
            case .head:
                return nil
            default:
                break
            }
        case .end(let tag):
            switch tag.name {
            case .template: return inHead(token)
            case .body, .html, .br: break
            default: return nil
            }
        case .endOfFile:
            break
        }
        insertHTMLElement(TreeTag(implied: .body, at: tokenStart))
        mode = .inBody
        return token
    }

    /// The "text" insertion mode: the content of `<title>`, `<textarea>`, `<style>`, `<script>`, ….
    mutating func text(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            insertCharacters(text)
            return nil
        case .endOfFile:
            popCurrent()
            mode = originalMode
            return token
        case .end(let tag):
            popCurrent(endTagEnd: tag.token.range.upperBound)
            mode = originalMode
            return nil
        default:
            return nil
        }
    }
}
