/// Named bytes and byte classes of the WHATWG tokenizer.
///
/// Every comparison the tokenizer makes is against one of these; the classes are the spec's
/// "ASCII alpha", "ASCII alphanumeric", "ASCII whitespace" and friends, over single bytes.
enum HTMLByte {
    /// U+0000 NULL.
    static let null: UInt8 = 0x00
    /// U+0009 CHARACTER TABULATION.
    static let tab: UInt8 = 0x09
    /// U+000A LINE FEED.
    static let lineFeed: UInt8 = 0x0A
    /// U+000C FORM FEED.
    static let formFeed: UInt8 = 0x0C
    /// U+000D CARRIAGE RETURN.
    static let carriageReturn: UInt8 = 0x0D
    /// U+0020 SPACE.
    static let space: UInt8 = 0x20
    /// `!`.
    static let exclamation: UInt8 = 0x21
    /// `"`.
    static let quotationMark: UInt8 = 0x22
    /// `#`.
    static let numberSign: UInt8 = 0x23
    /// `&`.
    static let ampersand: UInt8 = 0x26
    /// `'`.
    static let apostrophe: UInt8 = 0x27
    /// `-`.
    static let hyphen: UInt8 = 0x2D
    /// `/`.
    static let solidus: UInt8 = 0x2F
    /// `0`.
    static let digitZero: UInt8 = 0x30
    /// `9`.
    static let digitNine: UInt8 = 0x39
    /// `;`.
    static let semicolon: UInt8 = 0x3B
    /// `<`.
    static let lessThan: UInt8 = 0x3C
    /// `=`.
    static let equals: UInt8 = 0x3D
    /// `>`.
    static let greaterThan: UInt8 = 0x3E
    /// `?`.
    static let questionMark: UInt8 = 0x3F
    /// `A`.
    static let upperA: UInt8 = 0x41
    /// `F`.
    static let upperF: UInt8 = 0x46
    /// `X`.
    static let upperX: UInt8 = 0x58
    /// `[`.
    static let leftBracket: UInt8 = 0x5B
    /// `]`.
    static let rightBracket: UInt8 = 0x5D
    /// `` ` ``.
    static let graveAccent: UInt8 = 0x60
    /// `a`.
    static let lowerA: UInt8 = 0x61
    /// `f`.
    static let lowerF: UInt8 = 0x66
    /// `x`.
    static let lowerX: UInt8 = 0x78
    /// The bit that separates an ASCII upper-case letter from its lower-case one.
    static let caseBit: UInt8 = 0x20
    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Whether `byte` is ASCII whitespace as the tokenizer sees it: tab, LF, FF or space (CR never
    /// reaches the states, preprocessing turns it into LF).
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == lineFeed || byte == tab || byte == formFeed
    }

    /// Whether `byte` ends a tag or attribute name that needs no change: `>`, white space, `=` or
    /// `/` (an upper-case letter, NUL or CR would be changed, and any other byte continues it).
    @inline(__always) static func endsName(_ byte: UInt8) -> Bool {
        byte == greaterThan || byte == space || byte == equals || byte == solidus || byte == lineFeed
            || byte == tab || byte == formFeed
    }

    /// Whether `byte` is an ASCII upper-case letter.
    @inline(__always) static func isUpperAlpha(_ byte: UInt8) -> Bool { byte &- upperA < 26 }

    /// Whether `byte` is an ASCII lower-case letter.
    @inline(__always) static func isLowerAlpha(_ byte: UInt8) -> Bool { byte &- lowerA < 26 }

    /// Whether `byte` is an ASCII letter.
    @inline(__always) static func isAlpha(_ byte: UInt8) -> Bool { (byte | caseBit) &- lowerA < 26 }

    /// Whether `byte` is an ASCII digit.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- digitZero < 10 }

    /// Whether `byte` is an ASCII letter or digit.
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isAlpha(byte) || isDigit(byte) }

    /// `byte` with an ASCII upper-case letter lowered; any other byte unchanged.
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpperAlpha(byte) ? byte | caseBit : byte }

    /// The value of `byte` as a hexadecimal digit, or `nil`.
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt32? {
        if isDigit(byte) { return UInt32(byte &- digitZero) }
        let lower = byte | caseBit
        if lower &- lowerA < 6 { return UInt32(lower &- lowerA) + 10 }
        return nil
    }
}
