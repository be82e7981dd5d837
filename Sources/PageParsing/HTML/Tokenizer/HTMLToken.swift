/// One token of the WHATWG HTML tokenizer, with its byte range in the tokenizer's input.
///
/// Names and text are UTF-8 bytes; character references are already decoded. The tree builder
/// reads these and never the input itself, so a token says everything it needs.
package enum HTMLToken: Equatable, Sendable {
    /// `<!DOCTYPE …>`.
    case doctype(HTMLDoctypeToken)
    /// `<name …>`.
    case startTag(HTMLTagToken)
    /// `</name …>`.
    case endTag(HTMLTagToken)
    /// `<!-- … -->`, and the bogus comments the spec makes of `<?…>`, `</ …>` and `<!…>`.
    case comment(HTMLTextToken)
    /// A run of characters (never empty). It may hold U+0000 where the spec emits one: the tree
    /// builder decides, per insertion mode, whether it is dropped or replaced.
    case characters(HTMLTextToken)
    /// The end of the input, at `offset` (the input's length).
    case endOfFile(offset: Int)
}

/// A start or end tag.
package struct HTMLTagToken: Equatable, Sendable {
    /// The tag name, ASCII letters lowercased.
    package var name: [UInt8]
    /// The tag name interned (`.unknown` for a name without a case), so that the tree builder
    /// never hashes the name again.
    package var element: HTMLElementName
    /// The attributes in source order, without the duplicates the spec drops.
    package var attributes: [HTMLAttribute]
    /// Whether the tag ends with `/>`.
    package var selfClosing: Bool
    /// The bytes of the whole tag, from `<` to `>` (or to the end of the input).
    package var range: Range<Int>

    package init(name: [UInt8], attributes: [HTMLAttribute] = [], selfClosing: Bool = false, range: Range<Int>) {
        self.init(
            name: name, element: HTMLElementName(name), attributes: attributes, selfClosing: selfClosing, range: range)
    }

    /// A tag whose name the tokenizer has interned already (`element` is `HTMLElementName(name)`).
    init(
        name: [UInt8], element: HTMLElementName, attributes: [HTMLAttribute], selfClosing: Bool, range: Range<Int>
    ) {
        self.name = name
        self.element = element
        self.attributes = attributes
        self.selfClosing = selfClosing
        self.range = range
    }
}

/// One attribute of a tag: the DOM's attribute type itself, its namespace always `.none` (the
/// tree builder sets the foreign ones), so that an element takes its start tag's attribute array
/// as it is, without a copy per attribute.
package typealias HTMLAttribute = HTMLElementAttribute

/// The text of a character run or a comment.
package struct HTMLTextToken: Equatable, Sendable {
    /// The text as UTF-8, character references decoded, newlines normalised to LF.
    package var text: [UInt8]
    /// The bytes of the input the text was read from (for a comment: from `<!--` to `-->`).
    package var range: Range<Int>

    package init(text: [UInt8], range: Range<Int>) {
        self.text = text
        self.range = range
    }
}

/// A DOCTYPE token.
package struct HTMLDoctypeToken: Equatable, Sendable {
    /// The name, lowercased; `nil` when missing.
    package var name: [UInt8]?
    /// The public identifier; `nil` when missing (not the same as empty).
    package var publicIdentifier: [UInt8]?
    /// The system identifier; `nil` when missing (not the same as empty).
    package var systemIdentifier: [UInt8]?
    /// The spec's force-quirks flag.
    package var forceQuirks: Bool
    /// The bytes of the whole declaration.
    package var range: Range<Int>

    package init(
        name: [UInt8]? = nil, publicIdentifier: [UInt8]? = nil, systemIdentifier: [UInt8]? = nil,
        forceQuirks: Bool = false, range: Range<Int>
    ) {
        self.name = name
        self.publicIdentifier = publicIdentifier
        self.systemIdentifier = systemIdentifier
        self.forceQuirks = forceQuirks
        self.range = range
    }
}

/// The tokenizer states that the tree builder (or a test) switches the tokenizer into.
package enum HTMLTokenizerContentState: Sendable {
    /// Ordinary markup.
    case data
    /// `<title>` and `<textarea>`: text and character references, no tags.
    case rcdata
    /// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`: text only.
    case rawtext
    /// `<script>`, with the script-data escape states.
    case scriptData
    /// `<plaintext>`: the rest of the input is text.
    case plaintext
    /// Only for the conformance tests' `CDATA section state`.
    case cdataSection
}
