/// The attribute names that pages use most, interned: the tokenizer keeps a `class` or `href` as
/// its id in this table (lexbor interns names for the same reason), and every element's attribute
/// of that name shares one array. Tag names need no table: the tokenizer interns them to
/// ``HTMLElementName``, whose spellings are shared arrays already.
///
/// An open-addressing hash table over the names' ``HTMLNameKey``s, built once.
struct HTMLNameTable: Sendable {
    /// The table the tokenizer uses.
    static let common = HTMLNameTable(
        """
        id class href src alt rel type name value content width height lang dir charset http-equiv property \
        itemprop itemscope itemtype role tabindex target action method for aria-label aria-hidden aria-expanded \
        aria-controls aria-haspopup aria-labelledby aria-describedby loading srcset sizes media async defer \
        crossorigin integrity referrerpolicy colspan rowspan border align valign placeholder autocomplete checked \
        disabled selected readonly required hidden datetime viewbox d fill stroke xmlns onclick onload decoding \
        data-src data-id data-user-id data-author data-content data-type data-href data-timestamp data-time \
        data-xf-click data-xf-init data-lb-id focusable version x y title style size color face label
        """)

    /// One slot: a name and its key (an empty name for an empty slot).
    private struct Slot: Sendable {
        var key: HTMLNameKey
        var name: [UInt8]
    }

    /// The slots, a power of two in number.
    private let slots: [Slot]

    /// A table of the space-separated `names`.
    init(_ names: String) {
        self.init(names: names.split(separator: " ").map { Array($0.utf8) })
    }

    /// A table of `list`.
    init(names list: [[UInt8]]) {
        var size = 64
        while size < list.count * 4 { size *= 2 }
        let empty = Slot(key: HTMLNameKey([]), name: [])
        var slots = [Slot](repeating: empty, count: size)
        for name in list {
            let key = HTMLNameKey(name)
            var slot = key.slot(mask: size - 1)
            while !slots[slot].name.isEmpty, slots[slot].name != name { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, name: name)
        }
        self.slots = slots
    }

    /// The id of the name `input[range]` (its slot), or `nil` when the name is not in the table
    /// (the tokenizer's call: no closure of its own, which would copy the whole tokenizer to pass it).
    @inline(__always) func id(in input: [UInt8], _ range: Range<Int>) -> Int32? {
        input.withUnsafeBufferPointer { id($0, range) }
    }

    /// The id of the name `bytes[range]` (its slot), or `nil` when the name is not in the table.
    /// - Complexity: O(k) for k bytes, expected (one key, one comparison).
    @inline(__always) func id(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
        let key = HTMLNameKey(bytes, range)
        let mask = slots.count - 1
        var slot = key.slot(mask: mask)
        while !slots[slot].name.isEmpty {
            if slots[slot].key == key, !key.isLong || slots[slot].name.elementsEqual(bytes[range]) {
                return Int32(truncatingIfNeeded: slot)
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// How many ids there are (the slots): every id is in `0..<idCount`.
    var idCount: Int { slots.count }

    /// The shared array of the name with id `id` (one ``id(_:_:)`` gave).
    @inline(__always) func name(_ id: Int32) -> [UInt8] { slots[Int(id)].name }
}
