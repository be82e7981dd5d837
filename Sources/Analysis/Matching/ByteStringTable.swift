import Foundation

/// An open-addressing hash table from byte strings to dense ids (FNV-1a of the bytes, linear
/// probing, the strings back to back in one pool): no `String`, no allocation per look-up.
struct ByteStringTable: Sendable {
    /// FNV-1a's starting value.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's multiplier.
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Per slot, 0 when it is empty, else the high half of its string's hash over the string's
    /// id + 1: a probe reads one word to turn away the strings whose hashes differ.
    private var slots: [UInt64]
    private var hashes: [UInt64] = []
    /// Where each string starts in `pool`, and then where the last one ends.
    private var bounds: [Int32] = [0]
    private var pool: [UInt8] = []

    /// An empty table with room for `capacity` strings of `bytes` bytes in all before it grows.
    init(capacity: Int = 0, bytes: Int = 0) {
        var slotCount = 16
        while slotCount < 2 * capacity { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        hashes.reserveCapacity(capacity)
        bounds.reserveCapacity(capacity + 1)
        pool.reserveCapacity(bytes)
    }

    /// The half of a hash kept in a slot (the other half picks the slot).
    private static let tagBits: UInt64 = 0xFFFF_FFFF_0000_0000

    /// The number of strings.
    var count: Int { hashes.count }

    /// The FNV-1a hash of `bytes`.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(offsetBasis) { hash($0, $1) }
    }

    /// The FNV-1a hash `hash` of some bytes extended by `byte`, for hashing bytes as they are made.
    @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The bytes of the string with `id`.
    func word(_ id: Int32) -> ArraySlice<UInt8> {
        pool[Int(bounds[Int(id)])..<Int(bounds[Int(id) + 1])]
    }

    /// The id of `bytes`, whose hash is `hash`, if it is in the table.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash & Self.tagBits
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & Self.tagBits == tag {
                let id = Int32(truncatingIfNeeded: entry & ~Self.tagBits) - 1
                if equals(id, bytes) { return id }
            }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(bounds[Int(id)])
        let end = Int(bounds[Int(id) + 1])
        guard end - start == bytes.count else { return false }
        return pool.withUnsafeBufferPointer { pool in
            // A word is short: compared in place, without a call; a long string by `memcmp`.
            guard bytes.count > 16 else {
                for offset in 0..<bytes.count where pool[start + offset] != bytes[offset] { return false }
                return true
            }
            return memcmp(pool.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    /// The id of `bytes`, adding it when new.
    mutating func insert(_ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { insert($0) }
    }

    /// The id of `bytes`, adding it when new.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        insert(bytes, hash: Self.hash(bytes))
    }

    /// The id of `bytes`, whose hash is `hash`, adding it when new.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if let id = find(bytes, hash: hash) { return id }
        let id = Int32(hashes.count)
        hashes.append(hash)
        pool += bytes
        bounds.append(Int32(pool.count))
        if hashes.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(id) }
        return id
    }

    private mutating func place(_ id: Int32) {
        let mask = slots.count - 1
        let hash = hashes[Int(id)]
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & Self.tagBits | UInt64(id + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        for id in 0..<Int32(hashes.count) { place(id) }
    }
}
