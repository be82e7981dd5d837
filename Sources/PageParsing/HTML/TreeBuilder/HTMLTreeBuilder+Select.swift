/// The "in select" and "in select in table" insertion modes.
extension HTMLTreeBuilder {
    /// The "in select" insertion mode.
    mutating func inSelect(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(var text):
            if text.text.contains(0) { text.text.removeAll { $0 == 0 } }
            insertCharacters(text)
        case .comment(let comment):
            insertComment(comment)
        case .doctype:
            break
        case .start(let tag):
            switch tag.name {
            case .html:
                return inBody(token)
            case .option:
                if openElements.currentIs(.option) { popCurrent() }
                insertHTMLElement(tag)
            case .optgroup:
                if openElements.currentIs(.option) { popCurrent() }
                if openElements.currentIs(.optgroup) { popCurrent() }
                insertHTMLElement(tag)
            case .hr:
                if openElements.currentIs(.option) { popCurrent() }
                if openElements.currentIs(.optgroup) { popCurrent() }
                insertVoidElement(tag)
            case .select:
                guard hasInScope(.select, .select) else { return nil }
                popUntil(.select)
                resetInsertionMode()
            case .input, .keygen, .textarea:
                guard hasInScope(.select, .select) else { return nil }
                popUntil(.select)
                resetInsertionMode()
                return token
            case .script, .template:
                return inHead(token)
            default:
                break
            }
        case .end(let tag):
            let end = tag.token.range.upperBound
            switch tag.name {
            case .optgroup:
                let count = openElements.count
                if openElements.currentIs(.option), count > 1, openElements.isHTML(at: count - 2, .optgroup) {
                    popCurrent()
                }
                if openElements.currentIs(.optgroup) { popCurrent(endTagEnd: end) }
            case .option:
                if openElements.currentIs(.option) { popCurrent(endTagEnd: end) }
            case .select:
                guard hasInScope(.select, .select) else { return nil }
                popUntil(.select, endTagEnd: end)
                resetInsertionMode()
            case .template:
                return inHead(token)
            default:
                break
            }
        case .endOfFile:
            return inBody(token)
        }
        return nil
    }

    /// The table names that close a select inside a table.
    private static let selectClosers: [HTMLElementName] = [.caption, .table, .tbody, .tfoot, .thead, .tr, .td, .th]

    /// The "in select in table" insertion mode.
    mutating func inSelectInTable(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .start(let tag) where Self.selectClosers.contains(tag.name):
            popUntil(.select)
            resetInsertionMode()
            return token
        case .end(let tag) where Self.selectClosers.contains(tag.name):
            guard hasInScope(tag.name, .table) else { return nil }
            popUntil(.select)
            resetInsertionMode()
            return token
        default:
            return inSelect(token)
        }
    }
}
