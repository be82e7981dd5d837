/// Base64 as MHTML parts carry it (RFC 2045), read leniently: line breaks and any byte outside
/// the alphabet are skipped, decoding stops at `=`, and a last incomplete group gives the bytes
/// it can.
package enum Base64 {
    /// The bytes `encoded` stands for.
    /// - Complexity: O(n).
    package static func decode(_ encoded: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count / 4 * 3)
        var group: UInt32 = 0
        var filled = 0
        for byte in encoded {
            if byte == MIMEByte.equals { break }
            let value = sextet(byte)
            if value < 0 { continue }
            group = group << 6 | UInt32(value)
            filled += 1
            if filled == 4 {
                out += [UInt8(group >> 16), UInt8(group >> 8 & 0xFF), UInt8(group & 0xFF)]
                group = 0
                filled = 0
            }
        }
        if filled == 2 { out.append(UInt8(group >> 4)) }
        if filled == 3 { out += [UInt8(group >> 10), UInt8(group >> 2 & 0xFF)] }
        return out
    }

    @inline(__always)
    static func sextet(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte) - 0x41
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte) - 0x61 + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte) - 0x30 + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): 63
        default: -1
        }
    }
}
