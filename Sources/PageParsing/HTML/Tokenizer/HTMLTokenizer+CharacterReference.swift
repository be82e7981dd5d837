/// Character references: `&name;`, `&#123;` and `&#x7B;`, in text and in attribute values.
extension HTMLTokenizer {
    /// The largest code point; bigger numbers are clamped just above it while digits are read.
    private static let maximumCodePoint: UInt32 = 0x10_FFFF

    /// The character reference state and the states after it, resolved in one step.
    ///
    /// Called just after the `&`. The reference's characters are all ASCII letters, digits, `#`
    /// and `;` (never CR), so they can be read straight from the input: the outcome, the errors
    /// and where the return state resumes are those of the spec's named, ambiguous ampersand and
    /// numeric character reference states. When nothing is decoded, `&` is taken as a character
    /// and the return state goes on right after it (the spec's "flush code points consumed as a
    /// character reference" followed by reconsuming: what follows is letters, digits, `#` or `x`,
    /// which every return state takes as ordinary characters).
    /// - Complexity: O(k log n) for a name of k bytes; O(k) for k digits.
    mutating func consumeCharacterReference(inAttribute: Bool) {
        referenceStart = position - 1
        lastWidth = 0
        guard position < input.count else { return appendReference(CollectionOfOne(HTMLByte.ampersand), inAttribute) }
        let first = input[position]
        if first == HTMLByte.numberSign {
            numericCharacterReference(inAttribute: inAttribute)
        } else if HTMLByte.isAlphanumeric(first) {
            namedCharacterReference(inAttribute: inAttribute)
        } else {
            appendReference(CollectionOfOne(HTMLByte.ampersand), inAttribute)
        }
    }

    /// The named character reference state, with the ambiguous ampersand state when no name
    /// matches. `&amp;`, most of a page's references (each `&` of a link's query), is taken
    /// without searching the table: no longer name starts with `amp;`.
    private mutating func namedCharacterReference(inAttribute: Bool) {
        let ampersand: StaticString = "amp;"
        if lookingAt(ampersand, caseInsensitive: false) {
            position += ampersand.utf8CodeUnitCount
            return appendReference(CollectionOfOne(HTMLByte.ampersand), inAttribute)
        }
        let start = position
        let match = input.withUnsafeBufferPointer { HTMLNamedCharacterReferences.longestMatch(in: $0, from: start) }
        guard let match else {
            var end = start
            while end < input.count, HTMLByte.isAlphanumeric(input[end]) { end += 1 }
            if end < input.count, input[end] == HTMLByte.semicolon { error(.unknownNamedCharacterReference, at: end) }
            return appendReference(CollectionOfOne(HTMLByte.ampersand), inAttribute)
        }
        let after = start + match.length
        if !match.endsWithSemicolon {
            if inAttribute, after < input.count,
                input[after] == HTMLByte.equals || HTMLByte.isAlphanumeric(input[after])
            {
                return appendReference(CollectionOfOne(HTMLByte.ampersand), inAttribute)
            }
            error(.missingSemicolonAfterCharacterReference, at: after)
        }
        position = after
        appendCodePoint(match.first, inAttribute)
        if match.second != 0 { appendCodePoint(match.second, inAttribute) }
    }

    /// The numeric character reference states (position at the `#`).
    private mutating func numericCharacterReference(inAttribute: Bool) {
        var index = position + 1
        let hexadecimal = index < input.count && input[index] | HTMLByte.caseBit == HTMLByte.lowerX
        if hexadecimal { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < input.count {
            let digit: UInt32
            if hexadecimal {
                guard let hex = HTMLByte.hexValue(input[index]) else { break }
                digit = hex
            } else {
                guard HTMLByte.isDigit(input[index]) else { break }
                digit = UInt32(input[index] &- HTMLByte.digitZero)
            }
            value = min(value * (hexadecimal ? 16 : 10) + digit, Self.maximumCodePoint + 1)
            index += 1
        }
        guard index > digitsStart else {
            error(.absenceOfDigitsInNumericCharacterReference, at: index)
            return appendReference(CollectionOfOne(HTMLByte.ampersand), inAttribute)
        }
        if index < input.count, input[index] == HTMLByte.semicolon {
            index += 1
        } else {
            error(.missingSemicolonAfterCharacterReference, at: index)
        }
        position = index
        appendCodePoint(checkedCodePoint(value), inAttribute)
    }

    /// The numeric character reference end state: the errors for `value`, and the code point it
    /// stands for (U+FFFD for 0, surrogates and numbers past U+10FFFF; the Windows-1252 character
    /// for 0x80–0x9F where that has one).
    private mutating func checkedCodePoint(_ value: UInt32) -> UInt32 {
        switch value {
        case 0:
            error(.nullCharacterReference)
            return 0xFFFD
        case (Self.maximumCodePoint + 1)...:
            error(.characterReferenceOutsideUnicodeRange)
            return 0xFFFD
        case 0xD800...0xDFFF:
            error(.surrogateCharacterReference)
            return 0xFFFD
        case 0xFDD0...0xFDEF:
            error(.noncharacterCharacterReference)
            return value
        case _ where value & 0xFFFE == 0xFFFE:
            error(.noncharacterCharacterReference)
            return value
        case 0x0D, 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F:
            error(.controlCharacterReference)
            return value
        case 0x80...0x9F:
            error(.controlCharacterReference)
            return Windows1252.highControls[Int(value - 0x80)].value
        default:
            return value
        }
    }

    /// Appends `codePoint` as UTF-8 to the attribute value or the character run.
    private mutating func appendCodePoint(_ codePoint: UInt32, _ inAttribute: Bool) {
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let count: Int
        switch codePoint {
        case ..<0x80:
            bytes.0 = UInt8(codePoint)
            count = 1
        case ..<0x800:
            bytes.0 = UInt8(0xC0 | codePoint >> 6)
            bytes.1 = UInt8(0x80 | codePoint & 0x3F)
            count = 2
        case ..<0x1_0000:
            bytes.0 = UInt8(0xE0 | codePoint >> 12)
            bytes.1 = UInt8(0x80 | codePoint >> 6 & 0x3F)
            bytes.2 = UInt8(0x80 | codePoint & 0x3F)
            count = 3
        default:
            bytes.0 = UInt8(0xF0 | codePoint >> 18)
            bytes.1 = UInt8(0x80 | codePoint >> 12 & 0x3F)
            bytes.2 = UInt8(0x80 | codePoint >> 6 & 0x3F)
            bytes.3 = UInt8(0x80 | codePoint & 0x3F)
            count = 4
        }
        // As a buffer of bytes, whose append is one copy (a slice of raw bytes is copied byte by byte).
        withUnsafeBytes(of: bytes) { raw in
            appendReference(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]), inAttribute)
        }
    }

    /// Appends what a reference decoded to (or the literal `&`) to the attribute value, or to
    /// the character run (whose range then reaches from the `&` to `position`).
    private mutating func appendReference(_ bytes: some Collection<UInt8>, _ inAttribute: Bool) {
        if inAttribute {
            attributeValue.append(bytes, source: referenceStart..<position, of: input)
            attributeEnd = position
        } else {
            text.append(bytes, source: referenceStart..<position, of: input)
        }
    }
}
