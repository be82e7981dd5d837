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

    /// The same token with the text of a verbatim run, and a tag's values, copied out of `input`
    /// (see ``HTMLTextToken/resolved(in:)`` and ``HTMLTagToken/resolved(in:)``), for comparing
    /// tokens whatever form they take.
    package func resolved(in input: [UInt8]) -> HTMLToken {
        switch self {
        case .characters(let text): return .characters(text.resolved(in: input))
        case .comment(let text): return .comment(text.resolved(in: input))
        case .startTag(let tag): return .startTag(tag.resolved(in: input))
        case .endTag(let tag): return .endTag(tag.resolved(in: input))
        default: return self
        }
    }
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
    /// The values that are not their input byte for byte (character references decoded, CR read
    /// as LF, NUL replaced), one after another: an attribute whose value span is `inArena` points
    /// here. Empty for most tags.
    package var decodedValues: [UInt8]
    /// Whether the tag ends with `/>`.
    package var selfClosing: Bool
    /// The bytes of the whole tag, from `<` to `>` (or to the end of the input).
    package var range: Range<Int>

    /// A tag with no attributes.
    package init(name: [UInt8], selfClosing: Bool = false, range: Range<Int>) {
        self.init(
            name: name, element: HTMLElementName(name), attributes: [], decodedValues: [], selfClosing: selfClosing,
            range: range)
    }

    /// A tag whose attributes are given as names, values and ranges; every value is kept in
    /// ``decodedValues``, in order (the form ``resolved(in:)`` gives).
    package init(
        name: [UInt8], attributes: [(name: [UInt8], value: [UInt8], range: Range<Int>)], selfClosing: Bool = false,
        range: Range<Int>
    ) {
        var decoded: [UInt8] = []
        var list: [HTMLAttribute] = []
        for attribute in attributes {
            let start = decoded.count
            decoded += attribute.value
            list.append(
                HTMLAttribute(
                    name: attribute.name, value: HTMLByteSpan(start..<decoded.count, inArena: true),
                    range: attribute.range))
        }
        self.init(
            name: name, element: HTMLElementName(name), attributes: list, decodedValues: decoded,
            selfClosing: selfClosing, range: range)
    }

    /// A tag whose name the tokenizer has interned already (`element` is `HTMLElementName(name)`).
    init(
        name: [UInt8], element: HTMLElementName, attributes: [HTMLAttribute], decodedValues: [UInt8],
        selfClosing: Bool, range: Range<Int>
    ) {
        self.name = name
        self.element = element
        self.attributes = attributes
        self.decodedValues = decodedValues
        self.selfClosing = selfClosing
        self.range = range
    }

    /// The tag of `header`, its name, attributes and decoded values copied out of `buffers`.
    package init(_ header: HTMLTagHeader, in buffers: HTMLTagBuffers) {
        self.init(
            name: buffers.name(of: header), element: header.element,
            attributes: buffers.attributes(of: header).map(buffers.elementAttribute),
            decodedValues: buffers.decodedValues, selfClosing: header.selfClosing, range: header.range)
    }

    /// The value of `attribute` (one of this tag's), for a tag read from `input`.
    package func value(of attribute: HTMLAttribute, in input: [UInt8]) -> ArraySlice<UInt8> {
        attribute.value.inArena ? decodedValues[attribute.value.range] : input[attribute.value.range]
    }

    /// The same tag with every value copied into ``decodedValues``, for comparing tags whatever
    /// form their values take.
    package func resolved(in input: [UInt8]) -> HTMLTagToken {
        var tag = HTMLTagToken(
            name: name, attributes: attributes.map { ($0.name, Array(value(of: $0, in: input)), $0.range) },
            selfClosing: selfClosing, range: range)
        tag.element = element
        return tag
    }
}

/// One attribute of an ``HTMLTagToken``: the DOM's attribute type itself, its namespace always
/// `.none` (the tree builder sets the foreign ones). The tokenizer's in-place tags keep
/// ``HTMLTagAttribute``s instead.
package typealias HTMLAttribute = HTMLElementAttribute

/// The text of a character run or a comment.
///
/// A run that is its input byte for byte (no character reference, CR or NUL in it: most runs of
/// a page) is *verbatim*: it keeps only its range, and its text is read from the input with
/// ``text(in:)``; nothing is copied.
package struct HTMLTextToken: Equatable, Sendable {
    /// The text as UTF-8, character references decoded, newlines normalised to LF, when the token
    /// is not verbatim; empty when it is.
    package var decoded: [UInt8]
    /// The bytes of the input the text was read from (for a comment: from `<!--` to `-->`).
    package var range: Range<Int>
    /// Whether the text is exactly the input bytes in ``range`` (``decoded`` is then empty).
    package var isVerbatim: Bool

    /// A token whose text is `text`, read from the input bytes in `range`.
    package init(text: [UInt8], range: Range<Int>) {
        decoded = text
        self.range = range
        isVerbatim = false
    }

    /// A token whose text is the input bytes in `range`.
    package init(verbatim range: Range<Int>) {
        decoded = []
        self.range = range
        isVerbatim = true
    }

    /// How many bytes the text holds.
    package var count: Int { isVerbatim ? range.count : decoded.count }

    /// Whether the text is empty.
    package var isEmpty: Bool { count == 0 }

    /// The text, for a token read from `input`.
    package func text(in input: [UInt8]) -> ArraySlice<UInt8> {
        isVerbatim ? input[range] : decoded[...]
    }

    /// The same token with its text copied out of `input` (never verbatim), for comparing tokens
    /// whatever form they take.
    package func resolved(in input: [UInt8]) -> HTMLTextToken {
        HTMLTextToken(text: Array(text(in: input)), range: range)
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
