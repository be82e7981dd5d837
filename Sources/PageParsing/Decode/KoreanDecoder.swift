/// The WHATWG decoder for EUC-KR (windows-949, with the Unified Hangul Code extensions): ASCII,
/// and two-byte codes with lead 0x81–0xFE and trail 0x41–0xFE.
struct KoreanDecoder: DoubleByteScheme {
    let table = CJKTables.eucKR

    /// Decodes `bytes` from `start`.
    /// - Complexity: O(n).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout DecodeOutput) {
        DoubleByteDecoder.decode(bytes, from: start, KoreanDecoder(), into: &output)
    }

    func single(_ byte: UInt8) -> DoubleByteSingle {
        byte >= 0x81 && byte <= 0xFE ? .lead : .invalid
    }

    func pair(_ lead: UInt8, _ trail: UInt8) -> UInt32 {
        guard trail >= 0x41 && trail <= 0xFE else { return 0 }
        return table[(Int(lead) - 0x81) * 190 + Int(trail) - 0x41]
    }
}
