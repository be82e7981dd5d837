/// Decodes the single-byte legacy encodings and x-user-defined.
enum SingleByteDecoder {
    /// Decodes `bytes` from `start` with the table of `encoding`.
    /// - Complexity: O(n).
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ encoding: SingleByteEncoding,
        into output: inout DecodeOutput
    ) {
        let table = encoding.highHalf
        for index in start..<bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(Unicode.Scalar(byte), from: index, to: index + 1)
                continue
            }
            let value = table[Int(byte) - 0x80]
            if value == 0xFFFD {
                output.error(from: index, to: index + 1)
            } else {
                output.append(codePoint: UInt32(value), from: index, to: index + 1)
            }
        }
    }

    /// Decodes x-user-defined: bytes 0x80–0xFF become U+F780–U+F7FF.
    static func decodeUserDefined(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        into output: inout DecodeOutput
    ) {
        for index in start..<bytes.count {
            let byte = bytes[index]
            let value = byte < 0x80 ? UInt32(byte) : 0xF780 + UInt32(byte) - 0x80
            output.append(codePoint: value, from: index, to: index + 1)
        }
    }
}
