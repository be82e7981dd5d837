/// The tree as text in the html5lib-tests format, one node a line (`| <html>`, `|   "text"`), used
/// by the conformance tests, the golden tree dumps and `threadscan dom --format html5lib`.
extension HTMLDocument {
    /// The dump: each node on a line of its own starting `| ` and two spaces per ancestor below the
    /// document; elements as `<name>` (`<svg name>`, `<math name>` for foreign ones) with their
    /// attributes on the following lines sorted by name (`xlink href="…"`), text as `"text"`,
    /// comments as `<!-- text -->`, the doctype as `<!DOCTYPE name "public" "system">`, template
    /// contents as `content`. Every line ends with a newline.
    /// - Complexity: O(n + a log a) for n nodes and a attributes; an iterative walk, no recursion.
    package func html5libDump() -> String { html5libDump(childrenOf: Self.documentIndex) }

    /// The dump of the children of `parent` and their descendants (a fragment parse's root).
    /// - Complexity: as ``html5libDump()``.
    package func html5libDump(childrenOf parent: Int32) -> String {
        var out: [UInt8] = []
        var child = nodes[Int(parent)].firstChild
        while child >= 0 {
            appendSubtree(child, to: &out)
            child = nodes[Int(child)].nextSibling
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The dump of the subtree of `root` alone, `root` at the outermost indentation.
    /// - Complexity: O(n + a log a) in the subtree; no recursion.
    package func html5libDump(of root: Int32) -> String {
        var out: [UInt8] = []
        appendSubtree(root, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the lines of `root` and everything under it.
    private func appendSubtree(_ root: Int32, to out: inout [UInt8]) {
        var current = root
        var depth = 0
        while true {
            appendLine(for: current, depth: depth, to: &out)
            let node = nodes[Int(current)]
            if node.firstChild >= 0 {
                current = node.firstChild
                depth += 1
                continue
            }
            while current != root, nodes[Int(current)].nextSibling < 0 {
                current = nodes[Int(current)].parent
                depth -= 1
            }
            if current == root { return }
            current = nodes[Int(current)].nextSibling
        }
    }

    /// Appends `| ` and the indentation for a line `depth` levels below the document's children.
    private func appendPrefix(depth: Int, to out: inout [UInt8]) {
        out += [UInt8(ascii: "|"), UInt8(ascii: " ")]
        out += [UInt8](repeating: UInt8(ascii: " "), count: depth * 2)
    }

    /// Appends the line (or lines, for an element's attributes) of node `index`.
    private func appendLine(for index: Int32, depth: Int, to out: inout [UInt8]) {
        let node = nodes[Int(index)]
        appendPrefix(depth: depth, to: &out)
        switch node.kind {
        case .document:
            out += Array("#document".utf8)
        case .doctype:
            out += Array("<!DOCTYPE ".utf8) + text(of: index)
            let identifiers = doctypeIdentifiers(of: index)
            let publicIdentifier = identifiers?.publicIdentifier ?? []
            let systemIdentifier = identifiers?.systemIdentifier ?? []
            if !publicIdentifier.isEmpty || !systemIdentifier.isEmpty {
                out += Array(" \"".utf8) + publicIdentifier + Array("\" \"".utf8) + systemIdentifier
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: ">"))
        case .text:
            out.append(UInt8(ascii: "\""))
            out += text(of: index)
            out.append(UInt8(ascii: "\""))
        case .comment:
            out += Array("<!-- ".utf8) + text(of: index) + Array(" -->".utf8)
        case .templateContents:
            out += Array("content".utf8)
        case .element:
            out.append(UInt8(ascii: "<"))
            switch node.namespace {
            case .html: break
            case .svg: out += Array("svg ".utf8)
            case .mathml: out += Array("math ".utf8)
            }
            out += nameBytes(of: index)
            out.append(UInt8(ascii: ">"))
            let named = attributes(of: index).map { attribute in
                (
                    attribute.namespace == .none
                        ? attribute.name : attribute.namespace.prefix + [UInt8(ascii: " ")] + attribute.name,
                    Array(value(of: attribute))
                )
            }
            for (name, value) in named.sorted(by: { $0.0.lexicographicallyPrecedes($1.0) }) {
                out.append(UInt8(ascii: "\n"))
                appendPrefix(depth: depth + 1, to: &out)
                out += name + [UInt8(ascii: "="), UInt8(ascii: "\"")] + value + [UInt8(ascii: "\"")]
            }
        }
        out.append(UInt8(ascii: "\n"))
    }
}
