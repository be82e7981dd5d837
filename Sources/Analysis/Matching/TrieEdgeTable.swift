/// The edges of a term trie below its root, from a (node, vocabulary id) key to the child node: an
/// open-addressing table probed linearly from a multiplicative hash of the key, which a text's
/// look-up reads for every word after a term's first (a `Dictionary` hashes each key with SipHash).
struct TrieEdgeTable: Sendable {
    /// Per slot, the key of the edge there.
    private var keys: [UInt64]
    /// Per slot, the child node the edge leads to, or -1 when the slot is empty.
    private var children: [Int32]
    /// The number of edges.
    private var count = 0
    /// How far the hash's product is shifted to give a slot (64 less the log of the slot count).
    private var shift: UInt64

    /// An empty table.
    init() {
        keys = Array(repeating: 0, count: 16)
        children = Array(repeating: -1, count: 16)
        shift = 60
    }

    @inline(__always) private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child node of the edge with `key`, if there is one.
    /// - Complexity: O(1) expected.
    @inline(__always) func child(of key: UInt64) -> Int32? {
        let mask = children.count - 1
        var slot = slot(of: key)
        while true {
            let child = children[slot]
            if child < 0 { return nil }
            if keys[slot] == key { return child }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the edge `key` → `child`; the key must be new.
    mutating func insert(_ key: UInt64, child: Int32) {
        if 2 * (count + 1) > children.count { grow() }
        place(key, child)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ child: Int32) {
        let mask = children.count - 1
        var slot = slot(of: key)
        while children[slot] >= 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
    }

    private mutating func grow() {
        let old = zip(keys, children).filter { $0.1 >= 0 }
        keys = Array(repeating: 0, count: 2 * keys.count)
        children = Array(repeating: -1, count: keys.count)
        shift -= 1
        for (key, child) in old { place(key, child) }
    }
}
