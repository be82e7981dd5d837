/// Quoted-printable transfer encoding (RFC 2045), as MHTML files use for their HTML.
enum QuotedPrintable {
    /// The bytes `encoded` stands for: `=XX` (either case of hex) becomes the byte XX, and `=` at
    /// a line's end (after any trailing spaces or tabs) joins lines. A malformed `=` is kept as
    /// it is.
    /// - Complexity: O(n).
    static func decode(_ encoded: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count)
        var index = encoded.startIndex
        let end = encoded.endIndex
        while index < end {
            let byte = encoded[index]
            guard byte == MIMEByte.equals else {
                out.append(byte)
                index += 1
                continue
            }
            var after = index + 1
            while after < end, MIMEByte.isPadding(encoded[after]) { after += 1 }
            if after == end {
                index = end
                continue
            }
            if encoded[after] == MIMEByte.lineFeed {
                index = after + 1
                continue
            }
            if encoded[after] == MIMEByte.carriageReturn, after + 1 < end, encoded[after + 1] == MIMEByte.lineFeed {
                index = after + 2
                continue
            }
            if index + 2 < end, let high = hex(encoded[index + 1]), let low = hex(encoded[index + 2]) {
                out.append(high << 4 | low)
                index += 3
                continue
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    /// Decodes a whole array.
    static func decode(_ encoded: [UInt8]) -> [UInt8] {
        decode(encoded[...])
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
