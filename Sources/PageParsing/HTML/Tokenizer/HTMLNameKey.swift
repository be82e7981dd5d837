/// A name's first eight bytes packed into one word, with its length: what the name tables
/// (``HTMLElementNameTable``, ``HTMLNameTable``) hash and compare, so that a name of at most
/// eight bytes (nearly every tag and attribute name) is matched by comparing two integers, its
/// bytes read once.
struct HTMLNameKey: Equatable, Sendable {
    /// How many bytes the word holds at most.
    static let wordBytes = 8

    /// The first eight bytes, the first in the lowest byte, zeros after the name's end.
    let word: UInt64
    /// The name's length in bytes.
    let count: Int

    /// The key of the name in `buffer[range]`: one unaligned load when eight bytes from the
    /// name's start are in the buffer (a name in a page nearly always has its tag's rest after
    /// it), else byte by byte.
    /// - Complexity: O(1): eight bytes at the most are read.
    @inline(__always) init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        count = range.count
        if range.lowerBound + Self.wordBytes <= buffer.count, let base = buffer.baseAddress {
            let loaded = UInt64(
                littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
            word = count >= Self.wordBytes ? loaded : loaded & (UInt64(1) &<< UInt64(count &* 8) &- 1)
            return
        }
        var word: UInt64 = 0
        var index = 0
        while index < Swift.min(count, Self.wordBytes) {
            word |= UInt64(buffer[range.lowerBound + index]) &<< UInt64(index &* 8)
            index &+= 1
        }
        self.word = word
    }

    /// The key of `name`, a buffer of its own.
    init(_ name: [UInt8]) {
        self = name.withUnsafeBufferPointer { Self($0, 0..<name.count) }
    }

    /// Whether equal keys may stand for different names: the name is longer than the word, so
    /// that its other bytes must be compared too.
    @inline(__always) var isLong: Bool { count > Self.wordBytes }

    /// The key's first slot in an open-addressing table of `mask + 1` slots (a power of two):
    /// the word and the length mixed by one multiplication (Fibonacci hashing), high bits taken.
    @inline(__always) func slot(mask: Int) -> Int {
        let mixed = (word ^ UInt64(truncatingIfNeeded: count) &<< 59) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }
}
