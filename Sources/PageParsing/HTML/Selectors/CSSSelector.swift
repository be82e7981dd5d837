/// A CSS selector list, parsed once into a compiled form and matched against an
/// ``HTMLDocument``.
///
/// Supported: type selectors and `*`, `.class`, `#id`, attribute selectors (`[a]`, `=`, `~=`,
/// `^=`, `$=`, `*=`, `|=`, with the ` i` and ` s` flags), the combinators (descendant, `>`, `+`,
/// `~`), `:not()`, `:has()` with relative selectors, `:first-child`, `:last-child`,
/// `:only-child`, `:nth-child(an+b)`, `:nth-last-child(an+b)` (`odd`, `even`), `:scope`, and comma
/// lists.
package struct CSSSelector: Sendable {
    /// How deeply `:not()` and `:has()` may nest.
    package static let maxNesting = 32

    /// The selectors of the list, each stored right to left for matching.
    let list: [ComplexSelector]
    /// Whether any part needs the sibling positions (`:nth-child` and friends).
    let needsSiblingIndex: Bool

    /// Parses `text`.
    /// - Throws: ``SelectorError`` naming the column and what was expected.
    /// - Complexity: O(n) in the selector's length.
    package init(_ text: String) throws(SelectorError) {
        var parser = SelectorParser(text)
        list = try parser.parseTopLevel()
        needsSiblingIndex = parser.sawSiblingPosition
    }
}

/// How one compound relates to the next one to its left.
enum Combinator: UInt8, Sendable {
    /// White space: an ancestor.
    case descendant
    /// `>`: the parent.
    case child
    /// `+`: the previous element sibling.
    case nextSibling
    /// `~`: any earlier element sibling.
    case laterSibling
}

/// A chain of compounds joined by combinators, stored right to left: `compounds[0]` is the subject
/// and `combinators[i]` joins `compounds[i]` to `compounds[i + 1]`.
struct ComplexSelector: Sendable {
    var compounds: [CompoundSelector]
    var combinators: [Combinator]
}

/// Conditions on one element: an optional type and any number of simple selectors.
struct CompoundSelector: Sendable {
    /// The lowercased type name, or `nil` for `*` or none.
    var typeName: [UInt8]?
    /// The type interned, when the name has a case.
    var internedType: HTMLElementName = .unknown
    var conditions: [SimpleSelector] = []
}

/// How an attribute selector compares the value.
enum AttributeOperator: Sendable {
    case exists, equals, includes, prefix, suffix, substring, dashMatch
}

/// One condition of a compound.
indirect enum SimpleSelector: Sendable {
    case id([UInt8])
    case className([UInt8])
    case attribute(name: [UInt8], op: AttributeOperator, value: [UInt8], caseInsensitive: Bool)
    case not([ComplexSelector])
    /// `:has()`: each relative selector is a complex selector whose leftmost compound is `:scope`.
    case has([ComplexSelector])
    case firstChild
    case lastChild
    case onlyChild
    /// `:nth-child(an+b)`, or `:nth-last-child` counting from the end.
    case nthChild(a: Int, b: Int, fromEnd: Bool)
    /// The element the matching is relative to: the `:has()` anchor, else the root element.
    case scope
}
