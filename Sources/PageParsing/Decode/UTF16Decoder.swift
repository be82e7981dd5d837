/// Decodes UTF-16 in either byte order; a lone surrogate becomes U+FFFD.
enum UTF16Decoder {
    /// Decodes `bytes` from `start`; returns the offset of an odd trailing byte, which is ignored.
    /// - Complexity: O(n).
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, littleEndian: Bool,
        into output: inout DecodeOutput
    ) -> Int? {
        func unit(at index: Int) -> UInt32 {
            littleEndian
                ? UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
                : UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
        }
        var index = start
        while index + 1 < bytes.count {
            let first = unit(at: index)
            if first & 0xF800 != 0xD800 {
                if first == 0 {
                    output.nuls.add(index)
                    output.append(codePoint: 0xFFFD, from: index, to: index + 2)
                } else {
                    output.append(codePoint: first, from: index, to: index + 2)
                }
                index += 2
                continue
            }
            if first < 0xDC00, index + 3 < bytes.count {
                let second = unit(at: index + 2)
                if second & 0xFC00 == 0xDC00 {
                    let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    output.append(codePoint: value, from: index, to: index + 4)
                    index += 4
                    continue
                }
            }
            output.error(from: index, to: index + 2)
            index += 2
        }
        return index < bytes.count ? index : nil
    }
}
