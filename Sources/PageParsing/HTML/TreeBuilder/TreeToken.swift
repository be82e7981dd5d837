/// A token as the tree builder handles it: an ``HTMLToken`` whose tag name is interned once.
enum TreeToken {
    /// `<!DOCTYPE …>`.
    case doctype(HTMLDoctypeToken)
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

    /// `token`, its tag name interned (the tokenizer has done it: the token moves in as it is).
    init(_ token: consuming HTMLToken) {
        switch consume token {
        case .doctype(let doctype): self = .doctype(doctype)
        case .startTag(let tag): self = .start(TreeTag(tag))
        case .endTag(let tag): self = .end(TreeTag(tag))
        case .comment(let comment): self = .comment(comment)
        case .characters(let text): self = .characters(text)
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

/// A start or end tag with its name interned.
struct TreeTag {
    /// The interned name (`.unknown` for names without a case; ``bytes`` keeps them).
    var name: HTMLElementName
    /// The token as the tokenizer gave it.
    var token: HTMLTagToken

    /// `token`, with the name the tokenizer interned.
    init(_ token: consuming HTMLTagToken) {
        self.name = token.element
        self.token = token
    }

    /// A tag the parser implies (`<tbody>` for a bare `<tr>`), empty at `offset`.
    init(implied name: HTMLElementName, at offset: Int) {
        self.name = name
        self.token = HTMLTagToken(name: name.bytes, range: offset..<offset)
    }

    /// The lowercased name bytes.
    var bytes: [UInt8] { token.name }

    /// The value of attribute `name`, or `nil`, for a tag read from `input`.
    func attribute(_ name: String, in input: [UInt8]) -> ArraySlice<UInt8>? {
        let bytes = Array(name.utf8)
        return token.attributes.first { $0.name == bytes }.map { token.value(of: $0, in: input) }
    }
}
