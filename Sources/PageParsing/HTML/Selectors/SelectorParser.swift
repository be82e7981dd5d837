/// Reads a selector's text into ``ComplexSelector``s: a cursor over its UTF-8 bytes that never
/// recurses except into `:not()`/`:has()` (bounded by ``CSSSelector/maxNesting``).
struct SelectorParser {
    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    /// Whether a part needs sibling positions.
    private(set) var sawSiblingPosition = false

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// What the parser expects, named once so errors and tests say the same thing.
    enum Expected {
        static let selector = "a selector"
        static let name = "a name"
        static let attributeName = "an attribute name"
        static let attributeEnd = "']' or an attribute operator"
        static let attributeValue = "an attribute value (a name or a quoted string)"
        static let closingBracket = "']'"
        static let closingParenthesis = "')'"
        static let combinatorOrEnd = "a combinator, ',' or the end of the selector"
        static let pseudoClass = "a pseudo-class name"
        static let nth = "an+b, 'odd' or 'even'"
        static let number = "a number"
        static let closingQuote = "a closing quote"
    }

    mutating func parseTopLevel() throws(SelectorError) -> [ComplexSelector] {
        let list = try parseList(relative: false)
        guard position == bytes.count else { throw unexpected(Expected.combinatorOrEnd) }
        return list
    }

    // MARK: - Lists and complex selectors

    private mutating func parseList(relative: Bool) throws(SelectorError) -> [ComplexSelector] {
        var list: [ComplexSelector] = []
        while true {
            skipWhiteSpace()
            list.append(try parseComplex(relative: relative))
            skipWhiteSpace()
            guard peek() == Byte.comma else { return list }
            position += 1
        }
    }

    /// A complex selector; a relative one (inside `:has()`) may start with a combinator and gets a
    /// leading `:scope` compound.
    private mutating func parseComplex(relative: Bool) throws(SelectorError) -> ComplexSelector {
        var compounds: [CompoundSelector] = []
        var combinators: [Combinator] = []
        if relative {
            compounds.append(CompoundSelector(conditions: [.scope]))
            combinators.append(combinator(peek()) ?? .descendant)
            if combinator(peek()) != nil {
                position += 1
                skipWhiteSpace()
            }
        }
        compounds.append(try parseCompound())
        while true {
            let sawSpace = skipWhiteSpace()
            guard let byte = peek(), byte != Byte.comma, byte != Byte.closeParenthesis else { break }
            if let explicit = combinator(byte) {
                position += 1
                skipWhiteSpace()
                combinators.append(explicit)
            } else if sawSpace {
                combinators.append(.descendant)
            } else {
                throw unexpected(Expected.combinatorOrEnd)
            }
            compounds.append(try parseCompound())
        }
        return ComplexSelector(compounds: compounds.reversed(), combinators: combinators.reversed())
    }

    private func combinator(_ byte: UInt8?) -> Combinator? {
        switch byte {
        case Byte.greaterThan: .child
        case Byte.plus: .nextSibling
        case Byte.tilde: .laterSibling
        default: nil
        }
    }

    // MARK: - Compounds

    private mutating func parseCompound() throws(SelectorError) -> CompoundSelector {
        var compound = CompoundSelector()
        let start = position
        if peek() == Byte.asterisk {
            position += 1
            try rejectNamespace()
        } else if startsIdentifier() {
            let name = try parseIdentifier().map(HTMLByte.lowercased)
            try rejectNamespace()
            compound.typeName = name
            compound.internedType = HTMLElementName(name)
        }
        loop: while let byte = peek() {
            switch byte {
            case Byte.hash:
                position += 1
                guard startsIdentifier() || peekIsNameCharacter() else { throw unexpected(Expected.name) }
                compound.conditions.append(.id(try parseName()))
            case Byte.period:
                position += 1
                guard startsIdentifier() else { throw unexpected(Expected.name) }
                compound.conditions.append(.className(try parseIdentifier()))
            case Byte.openBracket:
                position += 1
                compound.conditions.append(try parseAttribute())
            case Byte.colon:
                position += 1
                compound.conditions.append(try parsePseudoClass())
            default:
                break loop
            }
        }
        guard position > start else { throw unexpected(Expected.selector) }
        return compound
    }

    private mutating func rejectNamespace() throws(SelectorError) {
        if peek() == Byte.bar && peek(1) != Byte.equals {
            throw .unsupported("namespace prefixes", column: column(position))
        }
    }

    private mutating func parseAttribute() throws(SelectorError) -> SimpleSelector {
        skipWhiteSpace()
        guard startsIdentifier() else { throw unexpected(Expected.attributeName) }
        let name = try parseIdentifier().map(HTMLByte.lowercased)
        try rejectNamespace()
        skipWhiteSpace()
        let op: AttributeOperator
        switch (peek(), peek(1)) {
        case (Byte.closeBracket?, _):
            position += 1
            return .attribute(name: name, op: .exists, value: [], caseInsensitive: false)
        case (Byte.equals?, _): op = .equals
        case (Byte.tilde?, Byte.equals?): op = .includes
        case (Byte.caret?, Byte.equals?): op = .prefix
        case (Byte.dollar?, Byte.equals?): op = .suffix
        case (Byte.asterisk?, Byte.equals?): op = .substring
        case (Byte.bar?, Byte.equals?): op = .dashMatch
        default: throw unexpected(Expected.attributeEnd)
        }
        position += op == .equals ? 1 : 2
        skipWhiteSpace()
        let value: [UInt8]
        if peek() == Byte.quote || peek() == Byte.apostrophe {
            value = try parseString()
        } else if startsIdentifier() {
            value = try parseIdentifier()
        } else {
            throw unexpected(Expected.attributeValue)
        }
        skipWhiteSpace()
        var caseInsensitive = false
        if let flag = peek(), flag | 0x20 == UInt8(ascii: "i") || flag | 0x20 == UInt8(ascii: "s"),
            peek(1).map({ $0 == Byte.closeBracket || HTMLByte.isASCIIWhitespace($0) }) ?? false
        {
            caseInsensitive = flag | 0x20 == UInt8(ascii: "i")
            position += 1
            skipWhiteSpace()
        }
        guard peek() == Byte.closeBracket else { throw unexpected(Expected.closingBracket) }
        position += 1
        return .attribute(name: name, op: op, value: value, caseInsensitive: caseInsensitive)
    }

    private mutating func parsePseudoClass() throws(SelectorError) -> SimpleSelector {
        let start = position
        if peek() == Byte.colon { throw .unsupported("pseudo-elements", column: column(start - 1)) }
        guard startsIdentifier() else { throw unexpected(Expected.pseudoClass) }
        let name = String(decoding: try parseIdentifier().map(HTMLByte.lowercased), as: UTF8.self)
        if peek() != Byte.openParenthesis {
            switch name {
            case "first-child":
                return .firstChild
            case "last-child":
                return .lastChild
            case "only-child":
                return .onlyChild
            case "scope":
                return .scope
            default:
                throw .unsupported("the pseudo-class ':\(name)'", column: column(start - 1))
            }
        }
        position += 1
        let result: SimpleSelector
        switch name {
        case "not", "has":
            guard depth < CSSSelector.maxNesting else { throw .nestedTooDeeply(column: column(start - 1)) }
            depth += 1
            let list = try parseList(relative: name == "has")
            depth -= 1
            result = name == "not" ? .not(list) : .has(list)
        case "nth-child", "nth-last-child":
            sawSiblingPosition = true
            let (a, b) = try parseNth()
            result = .nthChild(a: a, b: b, fromEnd: name == "nth-last-child")
        default:
            throw .unsupported("the pseudo-class ':\(name)()'", column: column(start - 1))
        }
        skipWhiteSpace()
        guard peek() == Byte.closeParenthesis else { throw unexpected(Expected.closingParenthesis) }
        position += 1
        return result
    }

    /// `an+b`, `odd` or `even`, as CSS Syntax reads them.
    private mutating func parseNth() throws(SelectorError) -> (Int, Int) {
        skipWhiteSpace()
        if matchKeyword("odd") { return (2, 1) }
        if matchKeyword("even") { return (2, 0) }
        var sign = 1
        if peek() == Byte.plus || peek() == Byte.minus {
            sign = peek() == Byte.minus ? -1 : 1
            position += 1
        }
        let digits = parseDigits()
        guard let byte = peek(), byte | 0x20 == UInt8(ascii: "n") else {
            guard let digits else { throw unexpected(Expected.nth) }
            return (0, sign * digits)
        }
        position += 1
        let a = sign * (digits ?? 1)
        skipWhiteSpace()
        guard peek() == Byte.plus || peek() == Byte.minus else { return (a, 0) }
        let bSign = peek() == Byte.minus ? -1 : 1
        position += 1
        skipWhiteSpace()
        guard let b = parseDigits() else { throw unexpected(Expected.number) }
        return (a, bSign * b)
    }

    private mutating func parseDigits() -> Int? {
        var value: Int?
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            value = min((value ?? 0) * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000_000)
            position += 1
        }
        return value
    }

    private mutating func matchKeyword(_ keyword: String) -> Bool {
        let word = Array(keyword.utf8)
        guard position + word.count <= bytes.count else { return false }
        for (offset, letter) in word.enumerated() where bytes[position + offset] | 0x20 != letter { return false }
        if let after = peek(word.count), Self.isNameCharacter(after) { return false }
        position += word.count
        return true
    }

    // MARK: - Tokens

    private func startsIdentifier() -> Bool {
        guard let first = peek() else { return false }
        if first == Byte.minus {
            guard let second = peek(1) else { return false }
            return Self.isNameStart(second) || second == Byte.minus || second == Byte.backslash
        }
        return Self.isNameStart(first) || first == Byte.backslash
    }

    private func peekIsNameCharacter() -> Bool {
        peek().map { Self.isNameCharacter($0) || $0 == Byte.backslash } ?? false
    }

    /// An identifier; escapes decoded.
    private mutating func parseIdentifier() throws(SelectorError) -> [UInt8] {
        try parseName()
    }

    /// A run of name characters and escapes.
    private mutating func parseName() throws(SelectorError) -> [UInt8] {
        var name: [UInt8] = []
        while let byte = peek() {
            if byte == Byte.backslash {
                name += try parseEscape()
            } else if Self.isNameCharacter(byte) {
                name.append(byte)
                position += 1
            } else {
                break
            }
        }
        return name
    }

    /// `\` then up to six hex digits and one optional white space, or any other character.
    private mutating func parseEscape() throws(SelectorError) -> [UInt8] {
        position += 1
        guard let first = peek(), first != 0x0A else { throw unexpected("an escaped character") }
        var value: UInt32 = 0
        var count = 0
        while count < 6, let byte = peek(), let digit = HTMLByte.hexValue(byte) {
            value = value << 4 | digit
            count += 1
            position += 1
        }
        if count == 0 {
            var length = 1
            while position + length < bytes.count, bytes[position + length] & 0xC0 == 0x80 { length += 1 }
            defer { position += length }
            return Array(bytes[position..<(position + length)])
        }
        if let space = peek(), HTMLByte.isASCIIWhitespace(space) { position += 1 }
        let scalar = value == 0 || value > 0x10FFFF ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
        return Array(String(scalar).utf8)
    }

    private mutating func parseString() throws(SelectorError) -> [UInt8] {
        let quote = bytes[position]
        position += 1
        var value: [UInt8] = []
        while let byte = peek() {
            if byte == quote {
                position += 1
                return value
            }
            if byte == Byte.backslash, peek(1) == 0x0A {
                position += 2
            } else if byte == Byte.backslash {
                value += try parseEscape()
            } else {
                value.append(byte)
                position += 1
            }
        }
        throw .unexpectedEnd(expected: Expected.closingQuote, column: column(position))
    }

    @discardableResult
    private mutating func skipWhiteSpace() -> Bool {
        let start = position
        while let byte = peek(), HTMLByte.isASCIIWhitespace(byte) { position += 1 }
        return position > start
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func column(_ offset: Int) -> Int {
        String(decoding: bytes[..<min(offset, bytes.count)], as: UTF8.self).unicodeScalars.count + 1
    }

    private func unexpected(_ expected: String) -> SelectorError {
        guard position < bytes.count else { return .unexpectedEnd(expected: expected, column: column(position)) }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let found = "'\(String(decoding: bytes[position..<end], as: UTF8.self))'"
        return .unexpected(found: found, expected: expected, column: column(position))
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == Byte.underscore
            || byte >= 0x80
    }

    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == Byte.minus
    }

    /// The bytes of selector syntax.
    private enum Byte {
        static let comma = UInt8(ascii: ",")
        static let greaterThan = UInt8(ascii: ">")
        static let plus = UInt8(ascii: "+")
        static let minus = UInt8(ascii: "-")
        static let tilde = UInt8(ascii: "~")
        static let asterisk = UInt8(ascii: "*")
        static let hash = UInt8(ascii: "#")
        static let period = UInt8(ascii: ".")
        static let colon = UInt8(ascii: ":")
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let openParenthesis = UInt8(ascii: "(")
        static let closeParenthesis = UInt8(ascii: ")")
        static let equals = UInt8(ascii: "=")
        static let caret = UInt8(ascii: "^")
        static let dollar = UInt8(ascii: "$")
        static let bar = UInt8(ascii: "|")
        static let quote = UInt8(ascii: "\"")
        static let apostrophe = UInt8(ascii: "'")
        static let backslash = UInt8(ascii: "\\")
        static let underscore = UInt8(ascii: "_")

    }
}
