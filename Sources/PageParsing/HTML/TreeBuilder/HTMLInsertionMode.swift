/// The WHATWG tree builder's insertion modes: which rules handle the next token.
///
/// There is no "in select" or "in select in table": since the customizable-`<select>` change
/// (whatwg/html #10548, which html5lib-tests follows) a select's content is parsed by the in-body
/// rules, with a few select-aware start tags.
package enum HTMLInsertionMode: Sendable {
    /// Before anything: a DOCTYPE sets the quirks mode.
    case initial
    /// Before the `<html>` element exists.
    case beforeHTML
    /// Before the `<head>` element exists.
    case beforeHead
    /// Inside `<head>`.
    case inHead
    /// Inside `<noscript>` in `<head>` (scripting disabled).
    case inHeadNoscript
    /// After `</head>`, before `<body>`.
    case afterHead
    /// Inside `<body>`.
    case inBody
    /// Inside a raw-text or RCDATA element (`<title>`, `<script>`, `<textarea>`, …).
    case text
    /// Inside `<table>`.
    case inTable
    /// Collecting the characters met in a table, to decide whether they are foster-parented.
    case inTableText
    /// Inside `<caption>`.
    case inCaption
    /// Inside `<colgroup>`.
    case inColumnGroup
    /// Inside `<tbody>`, `<thead>` or `<tfoot>`.
    case inTableBody
    /// Inside `<tr>`.
    case inRow
    /// Inside `<td>` or `<th>`.
    case inCell
    /// Inside `<template>`.
    case inTemplate
    /// After `</body>`.
    case afterBody
    /// Inside `<frameset>`.
    case inFrameset
    /// After `</frameset>`.
    case afterFrameset
    /// After `</html>` that followed a body.
    case afterAfterBody
    /// After `</html>` that followed a frameset.
    case afterAfterFrameset
}
