/// The "in template" insertion mode: what a `<template>`'s content may be decides which mode
/// parses it.
extension HTMLTreeBuilder {
    /// The "in template" insertion mode.
    mutating func inTemplate(_ token: TreeToken) -> TreeToken? {
        switch token {
        case .characters, .comment, .doctype:
            return inBody(token)
        case .start(let tag):
            switch tag.name {
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                return inHead(token)
            case .caption, .colgroup, .tbody, .tfoot, .thead:
                return switchTemplateMode(to: .inTable, token)
            case .col:
                return switchTemplateMode(to: .inColumnGroup, token)
            case .tr:
                return switchTemplateMode(to: .inTableBody, token)
            case .td, .th:
                return switchTemplateMode(to: .inRow, token)
            default:
                return switchTemplateMode(to: .inBody, token)
            }
        case .end(let tag):
            return tag.name == .template ? inHead(token) : nil
        case .endOfFile:
            guard openElements.containsHTML(.template) else {
                stopped = true
                return nil
            }
            popUntil(.template)
            formatting.clearToLastMarker()
            templateModes.removeLast()
            resetInsertionMode()
            return token
        }
    }

    /// Replaces the current template insertion mode by `newMode` and reprocesses `token` in it.
    private mutating func switchTemplateMode(to newMode: HTMLInsertionMode, _ token: TreeToken) -> TreeToken? {
        if !templateModes.isEmpty { templateModes.removeLast() }
        templateModes.append(newMode)
        mode = newMode
        return token
    }
}
