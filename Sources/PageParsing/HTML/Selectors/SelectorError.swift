/// Why a selector could not be parsed, and where: the 1-based column (in characters) of the
/// problem and what the parser expected there.
package enum SelectorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Something other than what the grammar allows at `column`.
    case unexpected(found: String, expected: String, column: Int)
    /// The selector ended where the grammar needs more.
    case unexpectedEnd(expected: String, column: Int)
    /// Valid CSS the matcher does not support (an unknown pseudo-class, a namespace prefix).
    case unsupported(String, column: Int)
    /// `:not(`/`:has(` nested deeper than `CSSSelector.maxNesting`.
    case nestedTooDeeply(column: Int)

    /// The column the problem is at.
    package var column: Int {
        switch self {
        case .unexpected(_, _, let column), .unexpectedEnd(_, let column), .unsupported(_, let column),
            .nestedTooDeeply(let column):
            column
        }
    }

    /// The message, without the location.
    package var message: String {
        switch self {
        case .unexpected(let found, let expected, _): "expected \(expected), found \(found)"
        case .unexpectedEnd(let expected, _): "expected \(expected), found the end of the selector"
        case .unsupported(let what, _): "unsupported: \(what)"
        case .nestedTooDeeply: "selectors nested more than \(CSSSelector.maxNesting) deep"
        }
    }

    /// `error: … at column N`.
    package var description: String { "error: \(message) at column \(column)" }

    /// The error as the CLI prints it: the message, the location, the selector and a caret.
    package func diagnostic(selector: String) -> String {
        "error: \(message)\n--> selector:1:\(column)\n\(selector)\n\(String(repeating: " ", count: max(0, column - 1)))^"
    }
}
