/// The loop the WHATWG decoders of Shift_JIS, Big5 and EUC-KR share: ASCII bytes stand for
/// themselves, some bytes stand alone for other characters, and a lead byte takes the next byte
/// as its trail. A pair that means nothing is an error; when its trail is ASCII, the trail is
/// read again on its own.
protocol DoubleByteScheme {
    /// What a byte at or above 0x80 is on its own.
    func single(_ byte: UInt8) -> DoubleByteSingle
    /// The code point of a lead and a trail byte, or 0 when the pair means nothing; `pairMarker`
    /// plus an index for the pairs that decode to two code points.
    func pair(_ lead: UInt8, _ trail: UInt8) -> UInt32
    /// The two code points of the pair `pair` gave `pairMarker + index` for.
    func twoCodePoints(_ index: UInt32) -> (Unicode.Scalar, Unicode.Scalar)
}

/// What a byte at or above 0x80 is on its own, in a double-byte scheme.
enum DoubleByteSingle {
    case codePoint(UInt32)
    case lead
    case invalid
}

extension DoubleByteScheme {
    /// Marks a pair that decodes to two code points (above every code point).
    static var pairMarker: UInt32 { 0x11_0000 }

    func twoCodePoints(_ index: UInt32) -> (Unicode.Scalar, Unicode.Scalar) { ("\u{FFFD}", "\u{FFFD}") }
}

enum DoubleByteDecoder {
    /// Decodes `bytes` from `start` with `scheme`.
    /// - Complexity: O(n).
    @inline(__always)
    static func decode<Scheme: DoubleByteScheme>(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ scheme: Scheme, into output: inout DecodeOutput
    ) {
        let count = bytes.count
        var index = start
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(Unicode.Scalar(lead), from: index, to: index + 1)
                index += 1
                continue
            }
            switch scheme.single(lead) {
            case .codePoint(let value):
                output.append(codePoint: value, from: index, to: index + 1)
                index += 1
                continue
            case .invalid:
                output.error(from: index, to: index + 1)
                index += 1
                continue
            case .lead:
                break
            }
            guard index + 1 < count else {
                output.error(from: index, to: index + 1)
                index += 1
                continue
            }
            let trail = bytes[index + 1]
            let value = scheme.pair(lead, trail)
            if value >= Scheme.pairMarker {
                let pair = scheme.twoCodePoints(value - Scheme.pairMarker)
                output.append(pair.0, from: index, to: index + 2)
                output.append(pair.1, from: index + 2, to: index + 2)
                index += 2
            } else if value != 0 {
                output.append(codePoint: value, from: index, to: index + 2)
                index += 2
            } else {
                let consumed = trail < 0x80 ? 1 : 2
                output.error(from: index, to: index + consumed)
                index += consumed
            }
        }
    }
}
