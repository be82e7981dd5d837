/// The insertion modes after the body and for framesets: after body, in frameset, after
/// frameset, after after body, after after frameset.
extension HTMLTreeBuilder {
    /// Splits a character token into its leading white space, handled by the in-body rules, and
    /// the rest, returned; `nil` when `token` is not characters.
    private mutating func bodyWhitespacePrefix(_ token: TreeToken) -> TreeToken? {
        guard case .characters(let text) = token else { return token }
        let (space, rest) = splitLeadingWhitespace(text)
        if let space { _ = inBody(.characters(space)) }
        return rest.map { .characters($0) }
    }

    /// The "after body" insertion mode.
    mutating func afterBody(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters:
            guard let rest = bodyWhitespacePrefix(token) else { return nil }
            mode = .inBody
            return rest
        case .comment(let comment):
            insertComment(comment, parent: openElements.isEmpty ? HTMLDocument.documentIndex : openElements[0].node)
            return nil
        case .doctype:
            return nil
        case .start(let tag) where tag.name == .html:
            return inBody(token)
        case .end(let tag) where tag.name == .html:
            guard contextElement < 0 else { return nil }
            closeRange(of: openElements[0].node, at: tag.token.range.upperBound)
            mode = .afterAfterBody
            return nil
        case .endOfFile:
            stopped = true
            return nil
        default:
            mode = .inBody
            return token
        }
    }

    /// The "in frameset" insertion mode.
    mutating func inFrameset(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            insertWhitespaceOnly(text)
        case .comment(let comment):
            insertComment(comment)
        case .start(let tag):
            switch tag.name {
            case .html: return inBody(token)
            case .frameset: insertHTMLElement(tag)
            case .frame: insertVoidElement(tag)
            case .noframes: return inHead(token)
            default: break
            }
        case .end(let tag) where tag.name == .frameset:
            guard !openElements.currentIs(.html) else { return nil }
            popCurrent(endTagEnd: tag.token.range.upperBound)
            if !openElements.currentIs(.frameset) { mode = .afterFrameset }
        case .endOfFile:
            stopped = true
        default:
            break
        }
        return nil
    }

    /// The "after frameset" insertion mode.
    mutating func afterFrameset(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            insertWhitespaceOnly(text)
        case .comment(let comment):
            insertComment(comment)
        case .start(let tag) where tag.name == .html:
            return inBody(token)
        case .start(let tag) where tag.name == .noframes:
            return inHead(token)
        case .end(let tag) where tag.name == .html:
            mode = .afterAfterFrameset
        case .endOfFile:
            stopped = true
        default:
            break
        }
        return nil
    }

    /// The "after after body" insertion mode.
    mutating func afterAfterBody(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .comment(let comment):
            insertComment(comment, parent: HTMLDocument.documentIndex)
            return nil
        case .doctype:
            return inBody(token)
        case .characters:
            guard let rest = bodyWhitespacePrefix(token) else { return nil }
            mode = .inBody
            return rest
        case .start(let tag) where tag.name == .html:
            return inBody(token)
        case .endOfFile:
            stopped = true
            return nil
        default:
            mode = .inBody
            return token
        }
    }

    /// The "after after frameset" insertion mode.
    mutating func afterAfterFrameset(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .comment(let comment):
            insertComment(comment, parent: HTMLDocument.documentIndex)
        case .doctype:
            return inBody(token)
        case .characters(let text):
            let kept = bytes(text).filter(Self.isWhitespace)
            if !kept.isEmpty { _ = inBody(.characters(HTMLTextToken(text: kept, range: text.range))) }
        case .start(let tag) where tag.name == .html:
            return inBody(token)
        case .start(let tag) where tag.name == .noframes:
            return inHead(token)
        case .endOfFile:
            stopped = true
        default:
            break
        }
        return nil
    }
}
