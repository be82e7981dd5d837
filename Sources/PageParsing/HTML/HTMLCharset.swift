/// The charset an HTML page declares in a `<meta>` tag.
enum HTMLCharset {
    /// The declared charset, lowercased (`windows-1252`), found in the first 4 KiB.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }

    /// Whether a charset name means windows-1252 or one of the Latin-1 sets browsers read as it.
    static func isWindows1252(_ charset: String) -> Bool {
        ["windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso-8859-15"]
            .contains(charset.lowercased())
    }
}
