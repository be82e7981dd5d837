/// Named ASCII bytes and classes for the byte-level scanners.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let dollar: UInt8 = 0x24
    static let percent: UInt8 = 0x25
    static let apostrophe: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let comma: UInt8 = 0x2C
    static let hyphen: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let one: UInt8 = 0x31
    static let three: UInt8 = 0x33
    static let four: UInt8 = 0x34
    static let five: UInt8 = 0x35
    static let seven: UInt8 = 0x37
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let upperA: UInt8 = 0x41
    static let upperZ: UInt8 = 0x5A
    static let underscore: UInt8 = 0x5F
    static let lowerA: UInt8 = 0x61
    static let lowerZ: UInt8 = 0x7A
    static let caseBit: UInt8 = 0x20

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- upperA < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- lowerA < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | caseBit) &- lowerA < 26 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | caseBit : byte }
    /// The second byte of a character U+00C0–U+00FF (`C3 80`–`C3 BF`), lowercased: the capitals
    /// `À`–`Þ` but `×` (`C3 80`–`C3 9E`) are 0x20 below their small letters; the rest stay.
    @inline(__always) static func lowercasedLatin1(_ second: UInt8) -> UInt8 {
        second <= 0x9E && second != 0x97 ? second + 0x20 : second
    }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == newline || byte == tab || byte == carriageReturn
    }
    /// Characters that stand for a letter inside an obfuscated word (`f*ck`, `sh!t`, `$hit`, `@ss`).
    @inline(__always) static func isMask(_ byte: UInt8) -> Bool {
        byte == asterisk || byte == exclamation || byte == at || byte == dollar || byte == hash || byte == percent
    }
    /// Characters that hide a letter without suggesting which (`*`, `#`, `%`).
    @inline(__always) static func isWildcard(_ byte: UInt8) -> Bool {
        byte == asterisk || byte == hash || byte == percent
    }
    /// Punctuation that ends a sentence.
    @inline(__always) static func endsSentence(_ byte: UInt8) -> Bool {
        byte == period || byte == exclamation || byte == question
    }
    /// Punctuation that ends a clause (sentence ends included).
    @inline(__always) static func endsClause(_ byte: UInt8) -> Bool {
        endsSentence(byte) || byte == comma || byte == semicolon || byte == colon
    }
}
