/// Base64 as MHTML parts carry it (RFC 2045), read leniently: line breaks and any byte outside
/// the alphabet are skipped, decoding stops at `=`, and a last incomplete group gives the bytes
/// it can.
package enum Base64 {
    /// The bytes `encoded` stands for.
    /// - Complexity: O(n).
    package static func decode(_ encoded: ArraySlice<UInt8>) -> [UInt8] {
        var decoder = GroupDecoder(capacity: encoded.count)
        for byte in encoded {
            if byte == MIMEByte.equals { break }
            let value = sextet(byte)
            if value >= 0 { decoder.add(value) }
        }
        return decoder.finish()
    }

    /// Sextets gathered into groups of four, each written out as three bytes; a last group of
    /// two or three sextets gives the one or two whole bytes it holds.
    struct GroupDecoder {
        private(set) var out: [UInt8] = []
        private var group: UInt32 = 0
        /// The sextets in the current group (0 to 3).
        private(set) var filled = 0

        init(capacity: Int) { out.reserveCapacity(capacity / 4 * 3) }

        @inline(__always) mutating func add(_ sextet: Int) {
            group = group << 6 | UInt32(sextet)
            filled += 1
            guard filled == 4 else { return }
            out.append(UInt8(group >> 16))
            out.append(UInt8(group >> 8 & 0xFF))
            out.append(UInt8(group & 0xFF))
            group = 0
            filled = 0
        }

        /// The bytes, with those of a last partial group.
        mutating func finish() -> [UInt8] {
            if filled == 2 { out.append(UInt8(group >> 4)) }
            if filled == 3 {
                out.append(UInt8(group >> 10))
                out.append(UInt8(group >> 2 & 0xFF))
            }
            return out
        }
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
