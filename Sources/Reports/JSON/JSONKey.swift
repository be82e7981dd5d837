/// The name of a JSON member: a literal of the source, written as it is (a literal key is ours
/// and needs no escaping), or any text, escaped as a string is.
///
/// Report schemas name their members with literals, so that a writer copies a key's bytes
/// instead of escaping it once per member written.
package struct JSONKey: ExpressibleByStringLiteral, Sendable {
    /// What the name is made of.
    package enum Name: Sendable {
        case literal(StaticString)
        case text(String)
    }

    package let name: Name

    /// A literal name; it must hold no quote, backslash or control character.
    package init(stringLiteral literal: StaticString) {
        assert(
            literal.withUTF8Buffer {
                !$0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
            },
            "a literal JSON key needs no escaping")
        name = .literal(literal)
    }

    /// A name made of any text.
    package init(_ text: String) {
        name = .text(text)
    }

    /// The name as a string.
    package var text: String {
        switch name {
        case .literal(let literal): literal.description
        case .text(let text): text
        }
    }
}
