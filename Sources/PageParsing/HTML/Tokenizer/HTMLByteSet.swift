/// A set of ASCII bytes as two 64-bit masks, for the tokenizer's run scanner.
///
/// A byte at or above 0x80 is never in the set: multibyte UTF-8 is always ordinary text to the
/// tokenizer.
struct HTMLByteSet: Sendable {
    /// Bytes 0x00–0x3F, bit n for byte n.
    private var low: UInt64 = 0
    /// Bytes 0x40–0x7F, bit n for byte 0x40 + n.
    private var high: UInt64 = 0

    /// The set of `bytes` (each below 0x80).
    init(_ bytes: UInt8...) {
        for byte in bytes { insert(byte) }
    }

    /// The set with every ASCII upper-case letter added.
    func addingUpperCaseLetters() -> HTMLByteSet {
        var set = self
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
        while index < end, !contains(bytes[index]) { index += 1 }
        return index
    }
}
