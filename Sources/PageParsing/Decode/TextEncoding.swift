/// An encoding the decoder reads, named as the WHATWG Encoding Standard names it (lowercased).
package enum TextEncoding: Hashable, Sendable {
    case utf8
    case utf16LE
    case utf16BE
    /// One of the single-byte legacy encodings (windows-1252, ISO-8859-2, KOI8-R …).
    case singleByte(SingleByteEncoding)
    /// GBK, which the standard decodes exactly as gb18030.
    case gbk
    case gb18030
    /// Big5 with the Hong Kong extensions.
    case big5
    case eucJP
    case iso2022JP
    /// Shift_JIS as Windows reads it (windows-31j).
    case shiftJIS
    /// EUC-KR with the Unified Hangul Code extensions (windows-949).
    case eucKR
    /// x-user-defined: ASCII, and bytes 0x80–0xFF at U+F780–U+F7FF.
    case xUserDefined

    /// windows-1252, what the standard reads Latin-1 and ASCII labels as, and the last fallback.
    package static let windows1252 = TextEncoding.singleByte(.windows1252)

    /// The standard's name, lowercased: `utf-8`, `windows-1252`, `shift_jis`.
    package var name: String {
        switch self {
        case .utf8: "utf-8"
        case .utf16LE: "utf-16le"
        case .utf16BE: "utf-16be"
        case .singleByte(let encoding): encoding.rawValue
        case .gbk: "gbk"
        case .gb18030: "gb18030"
        case .big5: "big5"
        case .eucJP: "euc-jp"
        case .iso2022JP: "iso-2022-jp"
        case .shiftJIS: "shift_jis"
        case .eucKR: "euc-kr"
        case .xUserDefined: "x-user-defined"
        }
    }

    /// Every encoding the decoder supports.
    package static var all: [TextEncoding] {
        [.utf8, .utf16LE, .utf16BE, .gbk, .gb18030, .big5, .eucJP, .iso2022JP, .shiftJIS, .eucKR, .xUserDefined]
            + SingleByteEncoding.allCases.map { .singleByte($0) }
    }
}
