/// One attribute of an element in an ``HTMLDocument`` (or of a tag token).
///
/// The value is a span, not an array of its own: of the input when it is its input byte for byte
/// (the usual value), else of the document's arena (``HTMLDocument/value(of:)`` reads it) or,
/// in a tag token, of the tag's decoded bytes (``HTMLTagToken/value(of:in:)``).
package struct HTMLElementAttribute: Equatable, Sendable {
    /// The namespace: none for every HTML attribute; `xlink`, `xml` or `xmlns` for the foreign
    /// attributes the spec adjusts (`xlink:href` becomes `href` in the XLink namespace).
    package var namespace: HTMLAttributeNamespace
    /// The local name (after the foreign adjustments, e.g. `viewBox`, `definitionURL`).
    package var name: [UInt8]
    /// Where the value is, character references decoded.
    package var value: HTMLByteSpan
    /// The bytes of the input the attribute was read from.
    package var range: Range<Int>

    /// Creates an attribute.
    package init(namespace: HTMLAttributeNamespace = .none, name: [UInt8], value: HTMLByteSpan, range: Range<Int>) {
        self.namespace = namespace
        self.name = name
        self.value = value
        self.range = range
    }

    /// The qualified name as written in markup (`xlink:href`, `class`).
    package var qualifiedName: [UInt8] {
        namespace == .none ? name : namespace.prefix + [UInt8(ascii: ":")] + name
    }
}

/// The namespace of an attribute.
package enum HTMLAttributeNamespace: UInt8, Sendable {
    /// No namespace (every HTML attribute).
    case none
    /// `http://www.w3.org/1999/xlink`.
    case xlink
    /// `http://www.w3.org/XML/1998/namespace`.
    case xml
    /// `http://www.w3.org/2000/xmlns/`.
    case xmlns

    /// The prefix the markup writes and the html5lib dump prints (`xlink`), empty for none.
    package var prefix: [UInt8] {
        switch self {
        case .none: return []
        case .xlink: return Array("xlink".utf8)
        case .xml: return Array("xml".utf8)
        case .xmlns: return Array("xmlns".utf8)
        }
    }
}
