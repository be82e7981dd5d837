@testable import PageParsing

/// A slow, plain tokenizer for the property test: one character at a time, CR/CRLF turned into
/// LF before it starts, every spec step written out, no runs and no look-up tricks.
///
/// It covers the states an input of `< > / ! ? - & ; = " '`, letters, digits, `#`, whitespace,
/// NUL and non-ASCII can reach from the data state (no DOCTYPE or CDATA: the alphabet cannot spell
/// `doctype` or `[CDATA[`).
struct ReferenceTokenizer {
    /// One preprocessed input character: its byte and where it came from in the input.
    struct Character {
        var byte: UInt8
        var start: Int
        var end: Int
    }

    /// The states this tokenizer knows.
    enum State {
        case data, tagOpen, endTagOpen, tagName, beforeAttributeName, attributeName, afterAttributeName
        case beforeAttributeValue, doubleQuoted, singleQuoted, unquoted, afterQuoted, selfClosing
        case bogusComment, markupDeclarationOpen, commentStart, commentStartDash, comment, commentLessThan
        case commentLessThanBang, commentLessThanBangDash, commentLessThanBangDashDash, commentEndDash
        case commentEnd, commentEndBang
    }

    /// Every named reference, from the generated table, for a plain dictionary look-up.
    static let names: [[UInt8]: [UInt32]] = {
        var names: [[UInt8]: [UInt32]] = [:]
        let bytes = HTMLNamedCharacterReferences.names.utf8Start
        for entry in HTMLNamedCharacterReferences.entries {
            let offset = Int(entry & 0xFFFF)
            let length = Int(entry >> 16 & 0x3F)
            let name = (offset..<offset + length).map { bytes[$0] }
            let first = UInt32(entry >> 22 & 0x1F_FFFF)
            let second = UInt32(entry >> 43 & 0x1F_FFFF)
            names[name] = second == 0 ? [first] : [first, second]
        }
        return names
    }()

    var characters: [Character] = []
    var index = 0
    var state = State.data
    var tokens: [HTMLToken] = []
    var inputCount: Int

    var text: [UInt8] = []
    var textStart = 0
    var textEnd = 0
    var markupStart = 0
    var isEndTag = false
    var tagName: [UInt8] = []
    var attributes: [(name: [UInt8], value: [UInt8], range: Range<Int>)] = []
    var selfClosing = false
    var attribute: (name: [UInt8], value: [UInt8], range: Range<Int>)?
    var comment: [UInt8] = []

    /// Tokenizes `input` completely.
    static func tokens(_ input: [UInt8]) -> [HTMLToken] {
        var tokenizer = ReferenceTokenizer(input)
        tokenizer.run()
        return tokenizer.tokens
    }

    init(_ input: [UInt8]) {
        inputCount = input.count
        var offset = 0
        while offset < input.count {
            if input[offset] == 0x0D {
                let end = offset + 1 < input.count && input[offset + 1] == 0x0A ? offset + 2 : offset + 1
                characters.append(Character(byte: 0x0A, start: offset, end: end))
                offset = end
            } else {
                characters.append(Character(byte: input[offset], start: offset, end: offset + 1))
                offset += 1
            }
        }
    }

    // MARK: Plumbing

    mutating func next() -> Character? {
        defer { index += 1 }
        return index < characters.count ? characters[index] : nil
    }

    mutating func reconsume() { index -= 1 }

    /// The offset where the character at `index` starts (the input's length at the end).
    func offset(_ at: Int) -> Int { at < characters.count ? characters[at].start : inputCount }

    mutating func emitText(_ bytes: [UInt8], start: Int, end: Int) {
        if text.isEmpty { textStart = start }
        text += bytes
        textEnd = end
    }

    mutating func emit(_ token: HTMLToken) {
        if !text.isEmpty {
            tokens.append(.characters(HTMLTextToken(text: text, range: textStart..<textEnd)))
            text = []
        }
        tokens.append(token)
    }

    func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x20 }
    func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    func isAlphanumeric(_ byte: UInt8) -> Bool { isAlpha(byte) || (0x30...0x39).contains(byte) }
    func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

    static func utf8(_ value: UInt32) -> [UInt8] { Array(String(Swift.Character(Unicode.Scalar(value)!)).utf8) }
    static let replacement = utf8(0xFFFD)

    mutating func startAttribute(at start: Int) {
        finishAttribute()
        attribute = (name: [], value: [], range: start..<start)
    }

    mutating func finishAttribute() {
        if let attribute, !attributes.contains(where: { $0.name == attribute.name }) { attributes.append(attribute) }
        attribute = nil
    }

    mutating func addToName(_ bytes: [UInt8], end: Int) {
        attribute!.name += bytes
        attribute!.range = attribute!.range.lowerBound..<end
    }

    mutating func addToValue(_ bytes: [UInt8], end: Int) {
        attribute!.value += bytes
        attribute!.range = attribute!.range.lowerBound..<end
    }

    mutating func emitTag(end: Int) {
        finishAttribute()
        let tag = HTMLTagToken(
            name: tagName, attributes: attributes, selfClosing: selfClosing, range: markupStart..<end)
        emit(isEndTag ? .endTag(tag) : .startTag(tag))
        state = .data
    }

    mutating func emitComment(end: Int) {
        emit(.comment(HTMLTextToken(text: comment, range: markupStart..<end)))
        state = .data
    }

    // MARK: Character references

    /// After an `&` (at `index - 1`): the decoded bytes, or `nil` for a literal `&`; on success
    /// `index` is moved past the reference.
    mutating func characterReference(inAttribute: Bool) -> [UInt8]? {
        let bytes = characters[index...].map(\.byte)
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "#") {
            var at = 1
            var hex = false
            if at < bytes.count, bytes[at] == UInt8(ascii: "x") || bytes[at] == UInt8(ascii: "X") {
                hex = true
                at += 1
            }
            var digits: [UInt8] = []
            while at < bytes.count {
                let byte = bytes[at]
                let isDigit = (0x30...0x39).contains(byte)
                let isHex = isDigit || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
                guard hex ? isHex : isDigit else { break }
                digits.append(byte)
                at += 1
            }
            if digits.isEmpty { return nil }
            if at < bytes.count, bytes[at] == UInt8(ascii: ";") { at += 1 }
            index += at
            var value: UInt64 = 0
            for digit in digits {
                value = value * (hex ? 16 : 10) + UInt64(String(UnicodeScalar(digit)), radix: 16)!
                value = min(value, 0x11_0000)
            }
            if value == 0 || value > 0x10_FFFF || (0xD800...0xDFFF).contains(value) { return Self.replacement }
            if (0x80...0x9F).contains(value) {
                return Array(String(Swift.Character(Windows1252.highControls[Int(value) - 0x80])).utf8)
            }
            return Self.utf8(UInt32(value))
        }
        guard isAlphanumeric(first) else { return nil }
        for length in stride(from: min(32, bytes.count), through: 1, by: -1) {
            let name = Array(bytes[0..<length])
            guard let points = Self.names[name] else { continue }
            let after = length < bytes.count ? bytes[length] : nil
            if inAttribute, name.last != UInt8(ascii: ";"), let after,
                after == UInt8(ascii: "=") || isAlphanumeric(after)
            {
                return nil
            }
            index += length
            return points.flatMap(Self.utf8)
        }
        return nil
    }

    // MARK: The states

    mutating func run() {
        while true {
            let at = index
            let character = next()
            let byte = character?.byte
            let end = character?.end ?? inputCount
            switch state {
            case .data:
                guard let byte else {
                    emit(.endOfFile(offset: inputCount))
                    return
                }
                if byte == UInt8(ascii: "<") {
                    markupStart = offset(at)
                    state = .tagOpen
                } else if byte == UInt8(ascii: "&") {
                    let start = offset(at)
                    let decoded = characterReference(inAttribute: false) ?? [byte]
                    emitText(decoded, start: start, end: offset(index))
                } else {
                    emitText([byte], start: offset(at), end: end)
                }
            case .tagOpen:
                if byte == UInt8(ascii: "!") {
                    state = .markupDeclarationOpen
                } else if byte == UInt8(ascii: "/") {
                    state = .endTagOpen
                } else if let byte, isAlpha(byte) {
                    isEndTag = false
                    (tagName, attributes, selfClosing) = ([], [], false)
                    reconsume()
                    state = .tagName
                } else if byte == UInt8(ascii: "?") {
                    comment = []
                    reconsume()
                    state = .bogusComment
                } else {
                    emitText([UInt8(ascii: "<")], start: markupStart, end: markupStart + 1)
                    reconsume()
                    state = .data
                }
            case .endTagOpen:
                if let byte, isAlpha(byte) {
                    isEndTag = true
                    (tagName, attributes, selfClosing) = ([], [], false)
                    reconsume()
                    state = .tagName
                } else if byte == UInt8(ascii: ">") {
                    state = .data
                } else if byte == nil {
                    emitText(Array("</".utf8), start: markupStart, end: inputCount)
                    reconsume()
                    state = .data
                } else {
                    comment = []
                    reconsume()
                    state = .bogusComment
                }
            case .tagName:
                guard let byte else {
                    reconsume()
                    state = .data
                    continue
                }
                if isWhitespace(byte) {
                    state = .beforeAttributeName
                } else if byte == UInt8(ascii: "/") {
                    state = .selfClosing
                } else if byte == UInt8(ascii: ">") {
                    emitTag(end: end)
                } else if byte == 0 {
                    tagName += Self.replacement
                } else {
                    tagName.append(lower(byte))
                }
            case .beforeAttributeName:
                if let byte, isWhitespace(byte) { continue }
                if byte == nil || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                    reconsume()
                    state = .afterAttributeName
                } else if byte == UInt8(ascii: "=") {
                    startAttribute(at: offset(at))
                    addToName([byte!], end: end)
                    state = .attributeName
                } else {
                    startAttribute(at: offset(at))
                    reconsume()
                    state = .attributeName
                }
            case .attributeName:
                if byte == nil || isWhitespace(byte!) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                    reconsume()
                    state = .afterAttributeName
                } else if byte == UInt8(ascii: "=") {
                    state = .beforeAttributeValue
                } else if byte == 0 {
                    addToName(Self.replacement, end: end)
                } else {
                    addToName([lower(byte!)], end: end)
                }
            case .afterAttributeName:
                guard let byte else {
                    reconsume()
                    state = .data
                    continue
                }
                if isWhitespace(byte) { continue }
                if byte == UInt8(ascii: "/") {
                    state = .selfClosing
                } else if byte == UInt8(ascii: "=") {
                    state = .beforeAttributeValue
                } else if byte == UInt8(ascii: ">") {
                    emitTag(end: end)
                } else {
                    startAttribute(at: offset(at))
                    reconsume()
                    state = .attributeName
                }
            case .beforeAttributeValue:
                if let byte, isWhitespace(byte) { continue }
                if byte == UInt8(ascii: "\"") {
                    state = .doubleQuoted
                } else if byte == UInt8(ascii: "'") {
                    state = .singleQuoted
                } else if byte == UInt8(ascii: ">") {
                    emitTag(end: end)
                } else {
                    reconsume()
                    state = .unquoted
                }
            case .doubleQuoted, .singleQuoted, .unquoted:
                guard let byte else {
                    reconsume()
                    state = .data
                    continue
                }
                let quote: UInt8? = state == .doubleQuoted ? 0x22 : state == .singleQuoted ? 0x27 : nil
                if byte == quote {
                    attribute!.range = attribute!.range.lowerBound..<end
                    state = .afterQuoted
                } else if quote == nil, isWhitespace(byte) {
                    state = .beforeAttributeName
                } else if quote == nil, byte == UInt8(ascii: ">") {
                    emitTag(end: end)
                } else if byte == UInt8(ascii: "&") {
                    let decoded = characterReference(inAttribute: true) ?? [byte]
                    addToValue(decoded, end: offset(index))
                } else if byte == 0 {
                    addToValue(Self.replacement, end: end)
                } else {
                    addToValue([byte], end: end)
                }
            case .afterQuoted, .selfClosing:
                guard let byte else {
                    reconsume()
                    state = .data
                    continue
                }
                if state == .afterQuoted, isWhitespace(byte) {
                    state = .beforeAttributeName
                } else if state == .afterQuoted, byte == UInt8(ascii: "/") {
                    state = .selfClosing
                } else if byte == UInt8(ascii: ">") {
                    if state == .selfClosing { selfClosing = true }
                    emitTag(end: end)
                } else {
                    reconsume()
                    state = .beforeAttributeName
                }
            case .markupDeclarationOpen:
                reconsume()
                comment = []
                if index + 1 < characters.count, characters[index].byte == UInt8(ascii: "-"),
                    characters[index + 1].byte == UInt8(ascii: "-")
                {
                    index += 2
                    state = .commentStart
                } else {
                    state = .bogusComment
                }
            case .bogusComment:
                guard let byte else {
                    reconsume()
                    emitComment(end: inputCount)
                    continue
                }
                if byte == UInt8(ascii: ">") {
                    emitComment(end: end)
                } else {
                    comment += byte == 0 ? Self.replacement : [byte]
                }
            case .commentStart, .commentStartDash:
                if byte == UInt8(ascii: "-") {
                    state = state == .commentStart ? .commentStartDash : .commentEnd
                } else if byte == UInt8(ascii: ">") {
                    emitComment(end: end)
                } else if byte == nil, state == .commentStartDash {
                    reconsume()
                    emitComment(end: inputCount)
                } else {
                    if state == .commentStartDash { comment.append(UInt8(ascii: "-")) }
                    reconsume()
                    state = .comment
                }
            case .comment:
                guard let byte else {
                    reconsume()
                    emitComment(end: inputCount)
                    continue
                }
                if byte == UInt8(ascii: "<") {
                    comment.append(byte)
                    state = .commentLessThan
                } else if byte == UInt8(ascii: "-") {
                    state = .commentEndDash
                } else {
                    comment += byte == 0 ? Self.replacement : [byte]
                }
            case .commentLessThan:
                if byte == UInt8(ascii: "!") {
                    comment.append(byte!)
                    state = .commentLessThanBang
                } else if byte == UInt8(ascii: "<") {
                    comment.append(byte!)
                } else {
                    reconsume()
                    state = .comment
                }
            case .commentLessThanBang:
                reconsume()
                if byte == UInt8(ascii: "-") {
                    index += 1
                    state = .commentLessThanBangDash
                } else {
                    state = .comment
                }
            case .commentLessThanBangDash:
                reconsume()
                if byte == UInt8(ascii: "-") {
                    index += 1
                    state = .commentLessThanBangDashDash
                } else {
                    state = .commentEndDash
                }
            case .commentLessThanBangDashDash:
                reconsume()
                state = .commentEnd
            case .commentEndDash:
                if byte == UInt8(ascii: "-") {
                    state = .commentEnd
                } else if byte == nil {
                    reconsume()
                    emitComment(end: inputCount)
                } else {
                    comment.append(UInt8(ascii: "-"))
                    reconsume()
                    state = .comment
                }
            case .commentEnd:
                if byte == UInt8(ascii: ">") {
                    emitComment(end: end)
                } else if byte == UInt8(ascii: "!") {
                    state = .commentEndBang
                } else if byte == UInt8(ascii: "-") {
                    comment.append(byte!)
                } else if byte == nil {
                    reconsume()
                    emitComment(end: inputCount)
                } else {
                    comment += Array("--".utf8)
                    reconsume()
                    state = .comment
                }
            case .commentEndBang:
                if byte == UInt8(ascii: "-") {
                    comment += Array("--!".utf8)
                    state = .commentEndDash
                } else if byte == UInt8(ascii: ">") {
                    emitComment(end: end)
                } else if byte == nil {
                    reconsume()
                    emitComment(end: inputCount)
                } else {
                    comment += Array("--!".utf8)
                    reconsume()
                    state = .comment
                }
            }
        }
    }
}
