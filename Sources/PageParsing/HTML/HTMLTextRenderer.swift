/// Renders an HTML page's visible text the way a browser copies it: block elements on lines of
/// their own, white space folded, character references decoded, and the contents of `script`,
/// `style`, `template`, `head` and hidden elements left out.
///
/// The result reads like a page's text selected and copied, so the copied-text extractor and its
/// platform profiles take HTML pages apart too.
/// - Complexity: O(n) in the number of bytes: one pass, no tree.
enum HTMLTextRenderer {
    /// Elements whose whole content is never shown.
    static let skippedElements: Set<String> = [
        "script", "style", "template", "noscript", "head", "title", "svg", "math", "iframe", "object", "select",
        "canvas", "audio", "video",
    ]
    /// Elements that start and end a line.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "ul", "caption", "legend", "body", "html", "center", "menu",
    ]
    /// Block elements followed by a blank line, as paragraphs are.
    static let paragraphElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
    ]
    /// Elements that never have content or an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements whose nesting is recorded as each line's list depth.
    static let listElements: Set<String> = ["ul", "ol"]

    /// The visible text of `html`, and the list depth of each of its lines.
    static func render(_ html: [UInt8]) -> (text: String, listDepths: [Int]) {
        var output = TextOutput()
        html.withUnsafeBufferPointer { bytes in
            var index = 0
            let end = bytes.count
            var preDepth = 0
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    guard let tag = HTMLTag.read(bytes, at: index, end: end) else {
                        output.append(byte, preformatted: preDepth > 0)
                        index += 1
                        continue
                    }
                    index = tag.end
                    guard let name = tag.name else { continue }
                    if tag.isEnd {
                        if name == "pre" { preDepth = max(0, preDepth - 1) }
                        if listElements.contains(name) { output.listDepth = max(0, output.listDepth - 1) }
                        if blockElements.contains(name) { output.endBlock(paragraph: paragraphElements.contains(name)) }
                        continue
                    }
                    if skippedElements.contains(name) || tag.isHidden {
                        if !voidElements.contains(name) && !tag.selfClosing {
                            index = HTMLTag.skipElement(named: name, bytes, from: index, end: end)
                        }
                        continue
                    }
                    if listElements.contains(name) { output.listDepth += 1 }
                    switch name {
                    case "br":
                        output.newline()
                    case "td", "th":
                        output.cellBreak()
                    case "pre":
                        output.endBlock(paragraph: false)
                        preDepth += 1
                    default:
                        if blockElements.contains(name) { output.endBlock(paragraph: false) }
                    }
                    continue
                }
                if byte == UInt8(ascii: "&"), let (text, after) = HTMLEntities.decode(bytes, at: index, end: end) {
                    for scalarByte in text.utf8 { output.append(scalarByte, preformatted: preDepth > 0) }
                    index = after
                    continue
                }
                output.append(byte, preformatted: preDepth > 0)
                index += 1
            }
        }
        return (output.finish(), output.lineDepths)
    }
}

/// The rendered text as it grows: folds white space and never writes more than one blank line.
private struct TextOutput {
    var bytes: [UInt8] = []
    var pendingSpace = false
    var newlines = 2
    /// How many lists are open where the text is now.
    var listDepth = 0
    /// The list depth where each line's first character was written (0 for an empty line).
    var lineDepths: [Int] = [0]

    mutating func append(_ byte: UInt8, preformatted: Bool) {
        if preformatted {
            if byte == 0x0D { return }
            if byte == 0x0A {
                newline()
                return
            }
            markLineStart()
            bytes.append(byte)
            newlines = 0
            pendingSpace = false
            return
        }
        if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C {
            pendingSpace = newlines == 0
            return
        }
        markLineStart()
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
        bytes.append(byte)
        newlines = 0
    }

    mutating func newline() {
        bytes.append(0x0A)
        lineDepths.append(0)
        newlines += 1
        pendingSpace = false
    }

    /// Records the list depth of the current line when its first character is written.
    private mutating func markLineStart() {
        if newlines > 0 || bytes.isEmpty { lineDepths[lineDepths.count - 1] = listDepth }
    }

    mutating func endBlock(paragraph: Bool) {
        pendingSpace = false
        let wanted = paragraph ? 2 : 1
        while newlines < wanted { newline() }
    }

    mutating func cellBreak() {
        if newlines == 0 {
            bytes.append(0x09)
            pendingSpace = false
        }
    }

    func finish() -> String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
