/// The HTML fragment parsing algorithm: markup parsed as the content of a context element
/// (`innerHTML`), scripting disabled.
extension HTMLTreeBuilder {
    /// Parses `bytes` as the children of an element named `contextName` (lowercase; SVG names in
    /// their adjusted case) in `namespace`.
    ///
    /// The result's node 0 is the document, its only child the `<html>` root whose children are
    /// the fragment; ``HTMLDocument/html5libDump(childrenOf:)`` of that root prints them. The
    /// context element is a detached node of the arena.
    /// - Complexity: as ``parse(_:)``.
    package static func parseFragment(
        _ bytes: [UInt8], contextName: [UInt8], namespace: HTMLNamespace = .html
    ) -> HTMLDocument {
        let name = HTMLElementName(contextName)
        var state = HTMLTokenizerContentState.data
        if namespace == .html {
            switch name {
            case .title, .textarea: state = .rcdata
            case .style, .xmp, .iframe, .noembed, .noframes: state = .rawtext
            case .script: state = .scriptData
            case .plaintext: state = .plaintext
            default: break
            }
        }
        // No start tag has been emitted, so no end tag is "appropriate": `</script>` in a script
        // context stays text.
        var tokenizer = HTMLTokenizer(bytes, initialState: state)
        var builder = HTMLTreeBuilder(input: bytes)
        let context = HTMLNode(kind: .element, namespace: namespace, name: name, range: 0..<0)
        builder.contextElement = builder.document.create(context)
        if name == .unknown { builder.document.unknownNames[builder.contextElement] = contextName }
        let root = builder.document.create(HTMLNode(kind: .element, name: .html, range: 0..<bytes.count))
        builder.document.append(root, to: HTMLDocument.documentIndex)
        builder.push(root)
        if context.isHTML(.template) { builder.templateModes.append(.inTemplate) }
        builder.resetInsertionMode()
        return builder.run(&tokenizer)
    }

    /// Feeds every token of `tokenizer` to the builder, passing its requests back, and finishes.
    mutating func run(_ tokenizer: inout HTMLTokenizer) -> HTMLDocument {
        while true {
            let token = tokenizer.nextInPlace()
            let isEnd: Bool
            if case .endOfFile = token { isEnd = true } else { isEnd = false }
            // The tag's buffers move in for the token and back out: no copy, no retain.
            swap(&tagBuffers, &tokenizer.tag)
            textMayHoldNull = tokenizer.keptNull
            process(TreeToken(token, of: &tokenizer))
            swap(&tagBuffers, &tokenizer.tag)
            if let state = requestedTokenizerState {
                tokenizer.switchTo(state)
                requestedTokenizerState = nil
            }
            tokenizer.allowsCDATA = allowsCDATA
            if isEnd { break }
        }
        return finish()
    }
}
