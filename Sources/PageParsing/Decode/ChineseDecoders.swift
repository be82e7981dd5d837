/// The WHATWG decoders for gb18030 (and GBK, which decodes the same way) and Big5.
enum ChineseDecoders {
    /// Decodes gb18030: one, two or four bytes a character.
    /// - Complexity: O(n); a four-byte code costs a binary search of 200 ranges.
    static func decodeGB18030(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout DecodeOutput) {
        let index2 = CJKTables.gb18030
        let count = bytes.count
        var index = start
        while index < count {
            let first = bytes[index]
            if first < 0x80 {
                output.append(Unicode.Scalar(first), from: index, to: index + 1)
                index += 1
                continue
            }
            if first == 0x80 {
                output.append("\u{20AC}", from: index, to: index + 1)
                index += 1
                continue
            }
            guard first != 0xFF, index + 1 < count else {
                output.error(from: index, to: index + 1)
                index += 1
                continue
            }
            let second = bytes[index + 1]
            if second >= 0x30 && second <= 0x39 {
                guard index + 3 < count else {
                    output.error(from: index, to: count)
                    index = count
                    continue
                }
                let third = bytes[index + 2]
                let fourth = bytes[index + 3]
                guard third >= 0x81 && third <= 0xFE, fourth >= 0x30 && fourth <= 0x39 else {
                    output.error(from: index, to: index + 1)
                    index += 1
                    continue
                }
                let pointer =
                    (Int(first) - 0x81) * 12600 + (Int(second) - 0x30) * 1260 + (Int(third) - 0x81) * 10
                    + Int(fourth) - 0x30
                if let value = rangesCodePoint(pointer) {
                    output.append(codePoint: value, from: index, to: index + 4)
                } else {
                    output.error(from: index, to: index + 4)
                }
                index += 4
                continue
            }
            if (second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE) {
                let offset = second < 0x7F ? 0x40 : 0x41
                let value = index2[(Int(first) - 0x81) * 190 + Int(second) - offset]
                if value != 0 {
                    output.append(codePoint: value, from: index, to: index + 2)
                    index += 2
                    continue
                }
            }
            let consumed = second < 0x80 ? 1 : 2
            output.error(from: index, to: index + consumed)
            index += consumed
        }
    }

    /// The code point of a four-byte gb18030 pointer, from index-gb18030-ranges.
    static func rangesCodePoint(_ pointer: Int) -> UInt32? {
        if pointer >= 189_000 && pointer <= 1_237_575 { return UInt32(0x10000 + pointer - 189_000) }
        guard pointer <= 39419 else { return nil }
        if pointer == 7457 { return 0xE7C7 }
        let pointers = CJKTables.gb18030RangePointers
        var low = 0
        var high = pointers.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(pointers[middle]) <= pointer { low = middle } else { high = middle - 1 }
        }
        return CJKTables.gb18030RangeCodePoints[low] + UInt32(pointer) - pointers[low]
    }

    /// Decodes Big5 (with the Hong Kong extensions): one or two bytes a character.
    /// - Complexity: O(n).
    static func decodeBig5(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout DecodeOutput) {
        DoubleByteDecoder.decode(bytes, from: start, Big5Scheme(), into: &output)
    }

    private struct Big5Scheme: DoubleByteScheme {
        let table = CJKTables.big5

        func single(_ byte: UInt8) -> DoubleByteSingle {
            byte >= 0x81 && byte <= 0xFE ? .lead : .invalid
        }

        func pair(_ lead: UInt8, _ trail: UInt8) -> UInt32 {
            guard (trail >= 0x40 && trail <= 0x7E) || (trail >= 0xA1 && trail <= 0xFE) else { return 0 }
            let offset = trail < 0x7F ? 0x40 : 0x62
            let pointer = (Int(lead) - 0x81) * 157 + Int(trail) - offset
            if let index = ChineseDecoders.pairIndex(pointer) { return Self.pairMarker + index }
            return table[pointer]
        }

        func twoCodePoints(_ index: UInt32) -> (Unicode.Scalar, Unicode.Scalar) {
            ChineseDecoders.pairs[Int(index)]
        }
    }

    /// The four Big5 codes that decode to a letter and a combining mark.
    static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("\u{00CA}", "\u{0304}"), ("\u{00CA}", "\u{030C}"), ("\u{00EA}", "\u{0304}"), ("\u{00EA}", "\u{030C}"),
    ]

    @inline(__always)
    static func pairIndex(_ pointer: Int) -> UInt32? {
        switch pointer {
        case 1133: 0
        case 1135: 1
        case 1164: 2
        case 1166: 3
        default: nil
        }
    }
}
