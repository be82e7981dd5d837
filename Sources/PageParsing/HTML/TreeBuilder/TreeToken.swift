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

    /// Interns `token`'s tag name.
    init(_ token: HTMLToken) {
        switch token {
        case .doctype(let doctype): self = .doctype(doctype)
        case .startTag(let tag): self = .start(TreeTag(tag))
        case .endTag(let tag): self = .end(TreeTag(tag))
        case .comment(let comment): self = .comment(comment)
        case .characters(let text): self = .characters(text)
        case .endOfFile(let offset): self = .endOfFile(offset: offset)
        }
    }
}

/// A start or end tag with its name interned.
struct TreeTag {
    /// The interned name (`.unknown` for names without a case; ``bytes`` keeps them).
    var name: HTMLElementName
    /// The token as the tokenizer gave it.
    var token: HTMLTagToken

    /// Interns `token`'s name.
    init(_ token: HTMLTagToken) {
        self.name = HTMLElementName(token.name)
        self.token = token
    }

    /// A tag the parser implies (`<tbody>` for a bare `<tr>`), empty at `offset`.
    init(implied name: HTMLElementName, at offset: Int) {
        self.name = name
        self.token = HTMLTagToken(name: name.bytes, range: offset..<offset)
    }

    /// The lowercased name bytes.
    var bytes: [UInt8] { token.name }

    /// The value of attribute `name`, or `nil`.
    func attribute(_ name: String) -> [UInt8]? {
        let bytes = Array(name.utf8)
        return token.attributes.first { $0.name == bytes }?.value
    }
}
