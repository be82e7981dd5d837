/// What a node of an ``HTMLDocument`` is.
package enum HTMLNodeKind: UInt8, Sendable {
    /// The document itself (node 0).
    case document
    /// The `<!DOCTYPE>`.
    case doctype
    /// An element.
    case element
    /// A run of text.
    case text
    /// A comment.
    case comment
    /// A `<template>`'s contents: the document fragment that holds what the template's markup
    /// built. It is the template element's only child, so walking the tree reaches it; the
    /// html5lib dump prints it as `content`.
    case templateContents
}
