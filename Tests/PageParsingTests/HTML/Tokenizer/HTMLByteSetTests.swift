import TestSupport
import Testing

@testable import PageParsing

/// The run scanner's eight-bytes-at-a-time search against a byte-by-byte one.
@Suite struct HTMLByteSetTests {
    /// The first index at or after `start` whose byte is in `set`, one byte at a time.
    func slowFirstIndex(_ set: HTMLByteSet, _ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, !set.contains(bytes[index]) { index += 1 }
        return index
    }

    @Test func wordSearchFindsTheFirstStopByteLikeTheByteSearch() {
        let stops = HTMLTokenizerStops()
        let sets = [stops.data, stops.rawtext, stops.plaintext, stops.doubleQuotedValue, stops.tagName]
        // Stops are rare among ordinary ASCII and multibyte bytes, so that runs cross word edges.
        let alphabet: [UInt8] = Array("abcdefghij xyz".utf8) + [0x80, 0xC3, 0xA9, 0xFF, 0x7F, 0x3B, 0x3D]
        let rare: [UInt8] = [0x00, 0x0D, 0x26, 0x3C, 0x22, 0x27, 0x41, 0x20]
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).map { _ in
                random.next() % 9 == 0
                    ? rare[Int(random.next() % UInt64(rare.count))]
                    : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            let start = length == 0 ? 0 : Int(random.next() % UInt64(length + 1))
            for set in sets {
                let fast = bytes.withUnsafeBufferPointer { set.firstIndex(in: $0, from: start) }
                #expect(fast == slowFirstIndex(set, bytes, from: start), "\(bytes) from \(start)")
            }
        }
    }
}
