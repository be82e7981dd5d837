/// Quoted-printable transfer encoding (RFC 2045), as MHTML files use for their HTML.
enum QuotedPrintable {
    /// The bytes `encoded` stands for: `=XX` becomes the byte XX, `=` at a line's end joins lines.
    /// A malformed `=` is kept as it is.
    /// - Complexity: O(n).
    static func decode(_ encoded: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count)
        var index = 0
        while index < encoded.count {
            let byte = encoded[index]
            guard byte == UInt8(ascii: "=") else {
                out.append(byte)
                index += 1
                continue
            }
            if index + 1 < encoded.count, encoded[index + 1] == 0x0A {
                index += 2
                continue
            }
            if index + 2 < encoded.count, encoded[index + 1] == 0x0D, encoded[index + 2] == 0x0A {
                index += 3
                continue
            }
            if index + 2 < encoded.count, let high = hex(encoded[index + 1]), let low = hex(encoded[index + 2]) {
                out.append(high << 4 | low)
                index += 3
                continue
            }
            out.append(byte)
            index += 1
        }
        return out
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
