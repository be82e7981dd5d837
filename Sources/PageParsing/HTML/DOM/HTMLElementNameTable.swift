/// The interning table of ``HTMLElementName``: the case spelled by some bytes, found by
/// open addressing over their ``HTMLNameKey`` (lexbor's tag ids are looked up the same way).
///
/// The tokenizer keeps the table in a stored property, so that a tag name is interned without a
/// global's once-check per look-up, and a slot holds the key and the case itself: a name of at
/// most eight bytes is matched without reading its spelling.
struct HTMLElementNameTable: Sendable {
    /// The table, built once.
    static let shared = HTMLElementNameTable()

    /// One slot: a case and its spelling's key (`.unknown` for an empty slot).
    private struct Slot: Sendable {
        var key: HTMLNameKey
        var name: HTMLElementName
    }

    /// The slots, four times as many as names and a power of two in number, so that a look-up
    /// nearly always finds its name, or an empty slot, in the first one.
    private let slots: [Slot]

    /// The table of every case but `.unknown`.
    private init() {
        let size = 1024
        let empty = Slot(key: HTMLNameKey([]), name: .unknown)
        var slots = [Slot](repeating: empty, count: size)
        for name in HTMLElementName.allCases where name != .unknown {
            let key = HTMLNameKey(name.bytes)
            var slot = key.slot(mask: size - 1)
            while slots[slot].name != .unknown { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, name: name)
        }
        self.slots = slots
    }

    /// The case spelled exactly `input[range]`, or `.unknown` (the tokenizer's call: no closure of
    /// its own, which would copy the whole tokenizer to pass it).
    @inline(__always) func name(in input: [UInt8], _ range: Range<Int>) -> HTMLElementName {
        input.withUnsafeBufferPointer { name($0, range) }
    }

    /// The case spelled exactly `buffer[range]` (case-sensitive: the tokenizer has already
    /// lowercased HTML names), or `.unknown`.
    /// - Complexity: O(k) in the name's length (one key, one comparison expected).
    @inline(__always) func name(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> HTMLElementName {
        let key = HTMLNameKey(buffer, range)
        let mask = slots.count - 1
        var slot = key.slot(mask: mask)
        while true {
            let candidate = slots[slot]
            if candidate.name == .unknown { return .unknown }
            if candidate.key == key, !key.isLong || candidate.name.bytes.elementsEqual(buffer[range]) {
                return candidate.name
            }
            slot = (slot + 1) & mask
        }
    }
}
