/// A token as the tree builder handles it: an ``HTMLInPlaceToken`` whose tags carry the name the
/// rules may change (`<image>` is `<img>`), their other parts in the builder's tag buffers, and
/// whose DOCTYPE and text are taken out of the tokenizer.
enum TreeToken {
    /// `<!DOCTYPE …>`, boxed: its three arrays would make every token twice as large to move, for
    /// a token that comes once a page.
    indirect case doctype(HTMLDoctypeToken)
    /// A start tag.
    case start(TreeTag)
    /// An end tag.
    case end(TreeTag)
    /// A comment.
    case comment(HTMLTextToken)
    /// A run of characters (possibly emptied by the rules; an empty run is dropped).
    case characters(HTMLTextToken)
    /// The end of the input.
    case endOfFile(offset: Int)

    /// `token`, one `tokenizer` gave last: a tag as its header (its name interned by the
    /// tokenizer; the rest stays in the tag buffers), a DOCTYPE or text taken from the tokenizer.
    /// The tokenizer is `inout` only so that it is passed by reference, not copied.
    init(_ token: HTMLInPlaceToken, of tokenizer: inout HTMLTokenizer) {
        switch token {
        case .doctype: self = .doctype(tokenizer.doctype)
        case .startTag(let header): self = .start(TreeTag(header))
        case .endTag(let header): self = .end(TreeTag(header))
        case .comment(let comment): self = .comment(tokenizer.takeComment(comment))
        case .characters(let text): self = .characters(tokenizer.takeCharacters(text))
        case .endOfFile(let offset): self = .endOfFile(offset: offset)
        }
    }
}

extension TreeToken {
    /// The offset where the token starts in the input.
    var start: Int {
        switch self {
        case .doctype(let doctype): return doctype.range.lowerBound
        case .start(let tag), .end(let tag): return tag.token.range.lowerBound
        case .comment(let text), .characters(let text): return text.range.lowerBound
        case .endOfFile(let offset): return offset
        }
    }
}

/// A start or end tag with its name interned: plain data, its name bytes (for an unknown name)
/// and attributes read from ``HTMLTreeBuilder/tagBuffers``.
struct TreeTag {
    /// The tag's fixed parts as the tokenizer gave them (first, so that the name fills their last
    /// word's padding).
    var token: HTMLTagHeader
    /// The interned name (`.unknown` for names without a case; the tag buffers keep them).
    var name: HTMLElementName

    /// The tag of `header`, with the name the tokenizer interned.
    init(_ header: HTMLTagHeader) {
        self.name = header.element
        self.token = header
    }

    /// A tag the parser implies (`<tbody>` for a bare `<tr>`), empty at `offset`, no attributes.
    init(implied name: HTMLElementName, at offset: Int) {
        self.name = name
        self.token = HTMLTagHeader(element: name, range: offset..<offset)
    }
}
