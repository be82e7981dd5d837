/// The parser's entry point: the tokenizer and the tree builder run together.
extension HTMLTreeBuilder {
    /// Parses a UTF-8 page into a document, as a browser with scripting disabled would.
    ///
    /// After each token the builder's requests go back to the tokenizer: the content state a
    /// start tag asks for (`<title>` → RCDATA, `<script>` → script data, …) and whether CDATA
    /// sections are allowed (the adjusted current node is SVG or MathML). Elements are attached
    /// at most `depthLimit` deep.
    /// - Complexity: O(n) in the input's length for the pages a forum produces; the stack walks
    ///   of the scope checks stop at the element they look for, and the formatting-element
    ///   algorithms are bounded by the spec's loop limits.
    package static func parse(_ bytes: [UInt8], depthLimit: Int = maximumDepth) -> HTMLDocument {
        var tokenizer = HTMLTokenizer(bytes)
        var builder = HTMLTreeBuilder(input: bytes, depthLimit: depthLimit)
        return builder.run(&tokenizer)
    }
}

extension HTMLDocument {
    /// Parses a UTF-8 page, elements attached at most `depthLimit` deep; see
    /// ``HTMLTreeBuilder/parse(_:depthLimit:)``.
    package static func parse(_ bytes: [UInt8], depthLimit: Int = HTMLTreeBuilder.maximumDepth) -> HTMLDocument {
        HTMLTreeBuilder.parse(bytes, depthLimit: depthLimit)
    }
}
