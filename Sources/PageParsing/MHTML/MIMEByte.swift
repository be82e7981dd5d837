/// The bytes MIME syntax is made of.
enum MIMEByte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let hyphen = UInt8(ascii: "-")
    static let equals = UInt8(ascii: "=")

    /// A space or a tab: transport padding after a boundary, or before a soft line break.
    @inline(__always)
    static func isPadding(_ byte: UInt8) -> Bool { byte == space || byte == tab }
}
