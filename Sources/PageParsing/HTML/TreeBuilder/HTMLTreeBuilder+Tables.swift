/// The table insertion modes: in table, in table text, in caption, in column group, in table
/// body, in row, in cell; and foster parenting of what does not belong in a table.
extension HTMLTreeBuilder {
    /// The table sections.
    private static let tableSections: HTMLElementNameSet = [.tbody, .tfoot, .thead]
    /// `table` alone, the table context of "clear the stack back to a table context".
    private static let tableContext: HTMLElementNameSet = [.table]
    /// `tr` alone, the row context of "clear the stack back to a table row context".
    private static let rowContext: HTMLElementNameSet = [.tr]
    /// `td` and `th`.
    private static let cells: HTMLElementNameSet = [.td, .th]
    /// The current nodes for which characters in a table go to "in table text".
    private static let tableTextParents: HTMLElementNameSet = [.table, .tbody, .template, .tfoot, .thead, .tr]
    /// Where "clear the stack back to a … context" always stops.
    private static let clearingStops: HTMLElementNameSet = [.html, .template]

    /// Pops until the current node is one of `names` (or `html`, `template`): the spec's "clear
    /// the stack back to a table / table body / table row context".
    private mutating func clearStack(backTo names: HTMLElementNameSet) {
        while !openElements.isEmpty, !currentIsAny(names), !currentIsAny(Self.clearingStops) { popCurrent() }
    }

    /// The "in table" insertion mode.
    mutating func inTable(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters:
            if currentIsAny(Self.tableTextParents) {
                if !pendingTableText.isEmpty { pendingTableText.removeAll(keepingCapacity: true) }
                originalMode = mode
                mode = .inTableText
                return token
            }
        case .comment(let comment):
            insertComment(comment)
            return nil
        case .doctype:
            return nil
        case .start(let tag):
            switch tag.name {
            case .caption:
                clearStack(backTo: Self.tableContext)
                formatting.pushMarker()
                insertHTMLElement(tag)
                mode = .inCaption
                return nil
            case .colgroup:
                clearStack(backTo: Self.tableContext)
                insertHTMLElement(tag)
                mode = .inColumnGroup
                return nil
            case .col:
                clearStack(backTo: Self.tableContext)
                insertHTMLElement(TreeTag(implied: .colgroup, at: tokenStart))
                mode = .inColumnGroup
                return token
            case .tbody, .tfoot, .thead:
                clearStack(backTo: Self.tableContext)
                insertHTMLElement(tag)
                mode = .inTableBody
                return nil
            case .td, .th, .tr:
                clearStack(backTo: Self.tableContext)
                insertHTMLElement(TreeTag(implied: .tbody, at: tokenStart))
                mode = .inTableBody
                return token
            case .table:
                guard hasInScope(.table, .table) else { return nil }
                popUntil(.table)
                resetInsertionMode()
                return token
            case .style, .script, .template:
                return inHead(token)
            case .input where isHiddenInput(tag):
                insertVoidElement(tag)
                return nil
            case .form:
                guard !openElements.containsHTML(.template), formElement < 0 else { return nil }
                formElement = insertHTMLElement(tag)
                popCurrent()
                return nil
            default:
                break
            }
        case .end(let tag):
            switch tag.name {
            case .table:
                guard hasInScope(.table, .table) else { return nil }
                popUntil(.table, endTagEnd: tag.token.range.upperBound)
                resetInsertionMode()
                return nil
            case .body, .caption, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr:
                return nil
            case .template:
                return inHead(token)
            default:
                break
            }
        case .endOfFile:
            return inBody(token)
        }
        return fosterParented(token)
    }

    /// The in-table "anything else": the in-body rules with foster parenting on.
    private mutating func fosterParented(_ token: TreeToken) -> TreeToken? {
        fosterParenting = true
        let reprocess = inBody(token)
        fosterParenting = false
        return reprocess
    }

    /// The "in table text" insertion mode: collects characters, then inserts them (white space
    /// only) or foster-parents them (anything else).
    mutating func inTableText(_ token: TreeToken) -> TreeToken? {
        if case .characters(let text) = token {
            let kept = withoutNulls(text)
            if !kept.isEmpty { pendingTableText.append(kept) }
            return nil
        }
        // The list moves out for the insertions and back, emptied: its storage is kept.
        var pending: [HTMLTextToken] = []
        swap(&pending, &pendingTableText)
        if pending.contains(where: { bytes($0).contains { !Self.isWhitespace($0) } }) {
            for text in pending { _ = fosterParented(.characters(text)) }
        } else {
            for text in pending { insertCharacters(text) }
        }
        pending.removeAll(keepingCapacity: true)
        swap(&pending, &pendingTableText)
        mode = originalMode
        return token
    }

    /// The "in caption" insertion mode.
    mutating func inCaption(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .start(let tag):
            switch tag.name {
            case .caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr:
                return closeCaption() ? token : nil
            default: break
            }
        case .end(let tag):
            switch tag.name {
            case .caption:
                _ = closeCaption(endTagEnd: tag.token.range.upperBound)
                return nil
            case .table:
                return closeCaption() ? token : nil
            case .body, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr:
                return nil
            default: break
            }
        default: break
        }
        return inBody(token)
    }

    /// Closes the open caption, if one is in table scope; returns whether it did.
    private mutating func closeCaption(endTagEnd: Int? = nil) -> Bool {
        guard hasInScope(.caption, .table) else { return false }
        generateImpliedEndTags()
        popUntil(.caption, endTagEnd: endTagEnd)
        formatting.clearToLastMarker()
        mode = .inTable
        return true
    }

    /// The "in column group" insertion mode.
    mutating func inColumnGroup(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters(let text):
            let (space, rest) = splitLeadingWhitespace(text)
            if let space { insertCharacters(space) }
            guard let rest else { return nil }
            return leaveColumnGroup(.characters(rest))
        case .comment(let comment):
            insertComment(comment)
            return nil
        case .doctype:
            return nil
        case .start(let tag) where tag.name == .html:
            return inBody(token)
        case .start(let tag) where tag.name == .col:
            insertVoidElement(tag)
            return nil
        case .end(let tag) where tag.name == .colgroup:
            guard openElements.currentIs(.colgroup) else { return nil }
            popCurrent(endTagEnd: tag.token.range.upperBound)
            mode = .inTable
            return nil
        case .end(let tag) where tag.name == .col:
            return nil
        case .start(let tag) where tag.name == .template:
            return inHead(token)
        case .end(let tag) where tag.name == .template:
            return inHead(token)
        case .endOfFile:
            return inBody(token)
        default:
            return leaveColumnGroup(token)
        }
    }

    /// The column-group "anything else": closes the `colgroup` and reprocesses in the table.
    private mutating func leaveColumnGroup(_ token: TreeToken) -> TreeToken? {
        guard openElements.currentIs(.colgroup) else { return nil }
        popCurrent()
        mode = .inTable
        return token
    }

    /// The "in table body" insertion mode.
    mutating func inTableBody(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .start(let tag):
            switch tag.name {
            case .tr:
                clearStack(backTo: Self.tableSections)
                insertHTMLElement(tag)
                mode = .inRow
                return nil
            case .th, .td:
                clearStack(backTo: Self.tableSections)
                insertHTMLElement(TreeTag(implied: .tr, at: tokenStart))
                mode = .inRow
                return token
            case .caption, .col, .colgroup, .tbody, .tfoot, .thead:
                return leaveTableBody(token)
            default: break
            }
        case .end(let tag):
            switch tag.name {
            case .tbody, .tfoot, .thead:
                guard hasInScope(tag.name, .table) else { return nil }
                clearStack(backTo: Self.tableSections)
                popCurrent(endTagEnd: tag.token.range.upperBound)
                mode = .inTable
                return nil
            case .table:
                return leaveTableBody(token)
            case .body, .caption, .col, .colgroup, .html, .td, .th, .tr:
                return nil
            default: break
            }
        default: break
        }
        return inTable(token)
    }

    /// Closes the open table section and reprocesses `token` in the table.
    private mutating func leaveTableBody(_ token: TreeToken) -> TreeToken? {
        guard hasAnyInScope([.tbody, .thead, .tfoot], .table) else { return nil }
        clearStack(backTo: Self.tableSections)
        popCurrent()
        mode = .inTable
        return token
    }

    /// The "in row" insertion mode.
    mutating func inRow(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .start(let tag):
            switch tag.name {
            case .th, .td:
                clearStack(backTo: Self.rowContext)
                insertHTMLElement(tag)
                mode = .inCell
                formatting.pushMarker()
                return nil
            case .caption, .col, .colgroup, .tbody, .tfoot, .thead, .tr:
                return closeRow() ? token : nil
            default: break
            }
        case .end(let tag):
            switch tag.name {
            case .tr:
                _ = closeRow(endTagEnd: tag.token.range.upperBound)
                return nil
            case .table:
                return closeRow() ? token : nil
            case .tbody, .tfoot, .thead:
                guard hasInScope(tag.name, .table) else { return nil }
                return closeRow() ? token : nil
            case .body, .caption, .col, .colgroup, .html, .td, .th:
                return nil
            default: break
            }
        default: break
        }
        return inTable(token)
    }

    /// Closes the open row, if a `tr` is in table scope; returns whether it did.
    private mutating func closeRow(endTagEnd: Int? = nil) -> Bool {
        guard hasInScope(.tr, .table) else { return false }
        clearStack(backTo: Self.rowContext)
        popCurrent(endTagEnd: endTagEnd)
        mode = .inTableBody
        return true
    }

    /// The "in cell" insertion mode.
    mutating func inCell(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .start(let tag):
            switch tag.name {
            case .caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr:
                guard hasAnyInScope([.td, .th], .table) else { return nil }
                closeCell()
                return token
            default: break
            }
        case .end(let tag):
            switch tag.name {
            case .td, .th:
                guard hasInScope(tag.name, .table) else { return nil }
                generateImpliedEndTags()
                popUntil(tag.name, endTagEnd: tag.token.range.upperBound)
                formatting.clearToLastMarker()
                mode = .inRow
                return nil
            case .body, .caption, .col, .colgroup, .html:
                return nil
            case .table, .tbody, .tfoot, .thead, .tr:
                guard hasInScope(tag.name, .table) else { return nil }
                closeCell()
                return token
            default: break
            }
        default: break
        }
        return inBody(token)
    }

    /// "Close the cell".
    private mutating func closeCell() {
        generateImpliedEndTags()
        popUntilAny(Self.cells)
        formatting.clearToLastMarker()
        mode = .inRow
    }
}
