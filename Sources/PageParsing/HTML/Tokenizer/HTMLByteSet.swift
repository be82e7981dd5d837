/// A set of ASCII bytes as two 64-bit masks, for the tokenizer's run scanner.
///
/// A byte at or above 0x80 is never in the set: multibyte UTF-8 is always ordinary text to the
/// tokenizer.
struct HTMLByteSet: Sendable {
    /// Bytes 0x00–0x3F, bit n for byte n.
    private var low: UInt64 = 0
    /// Bytes 0x40–0x7F, bit n for byte 0x40 + n.
    private var high: UInt64 = 0
    /// For a set of at most four bytes, each of them in every byte of a word (the first repeated
    /// where there are fewer), so that ``firstIndex(in:from:)`` tests eight input bytes at once;
    /// `nil` for larger sets.
    private var words: (UInt64, UInt64, UInt64, UInt64)?

    /// The set of `bytes` (each below 0x80).
    init(_ bytes: UInt8...) {
        for byte in bytes { insert(byte) }
        if let first = bytes.first, bytes.count <= 4 {
            let word = { (index: Int) in Self.ones &* UInt64(index < bytes.count ? bytes[index] : first) }
            words = (word(0), word(1), word(2), word(3))
        }
    }

    /// 0x01 in every byte of a word.
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The set with every ASCII upper-case letter added.
    func addingUpperCaseLetters() -> HTMLByteSet {
        var set = self
        set.words = nil
        for byte in HTMLByte.upperA...(HTMLByte.upperA + 25) { set.insert(byte) }
        return set
    }

    /// Adds `byte` (below 0x80).
    private mutating func insert(_ byte: UInt8) {
        precondition(byte < 0x80, "only ASCII bytes fit the set")
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }

    /// Whether `byte` is in the set.
    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low >> UInt64(byte) & 1 != 0 }
        if byte < 128 { return high >> UInt64(byte &- 64) & 1 != 0 }
        return false
    }

    /// The index of the first byte of `bytes` at or after `start` that is in the set, or
    /// `bytes.count`.
    /// - Complexity: O(n) in the bytes skipped, a few instructions each.
    @inline(__always) func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let end = bytes.count
        if let (first, second, third, fourth) = words, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index &+ 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let found =
                    Self.zeroBytes(word ^ first) | Self.zeroBytes(word ^ second) | Self.zeroBytes(word ^ third)
                    | Self.zeroBytes(word ^ fourth)
                if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
                index &+= 8
            }
        }
        while index < end, !contains(bytes[index]) { index &+= 1 }
        return index
    }

    /// The high bit set in the lowest zero byte of `word` (and perhaps in bytes above it, never
    /// below): the lowest set bit marks the first zero byte exactly.
    @inline(__always) private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & 0x8080_8080_8080_8080
    }
}
