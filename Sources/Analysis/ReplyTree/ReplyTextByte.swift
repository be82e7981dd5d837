/// Named ASCII bytes and classes for the reply tree's byte scans.
enum ReplyTextByte {
    static let hash = UInt8(ascii: "#")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let upperA = UInt8(ascii: "A")
    static let upperZ = UInt8(ascii: "Z")
    static let lowerA = UInt8(ascii: "a")
    static let lowerZ = UInt8(ascii: "z")

    /// A letter, a digit, or any byte of a non-ASCII character.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= zero && byte <= nine) || (byte >= upperA && byte <= upperZ) || (byte >= lowerA && byte <= lowerZ)
            || byte >= 0x80
    }

    /// Space, tab, CR, LF.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The byte with ASCII upper case folded to lower case.
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= upperA && byte <= upperZ ? byte + 32 : byte
    }
}
