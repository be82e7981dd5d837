/// Shared arrays for the attribute names that pages use most, so that an attribute token for
/// `class` or `href` costs no allocation: every such token shares one array (lexbor interns names
/// for the same reason). Tag names need no table: the tokenizer interns them to
/// ``HTMLElementName``, whose spellings are shared arrays already.
///
/// An open-addressing hash table over the names' bytes, built once.
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

    /// The slots, a power of two in number; `nil` for an empty one.
    private let slots: [[UInt8]?]

    /// A table of the space-separated `names`.
    init(_ names: String) {
        let list = names.split(separator: " ").map { Array($0.utf8) }
        var size = 64
        while size < list.count * 4 { size *= 2 }
        var slots = [[UInt8]?](repeating: nil, count: size)
        for name in list {
            var slot = name.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while let existing = slots[slot], existing != name { slot = (slot + 1) & (size - 1) }
            slots[slot] = name
        }
        self.slots = slots
    }

    /// The shared array equal to `bytes[range]`, or `nil` when the name is not in the table.
    /// - Complexity: O(k) for k bytes, expected.
    @inline(__always) func name(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        let mask = slots.count - 1
        var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[range])) & mask
        while let candidate = slots[slot] {
            if candidate.count == range.count, candidate.withUnsafeBufferPointer({ Self.equal($0, bytes, range) }) {
                return candidate
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether `name` holds the same bytes as `bytes[range]` (both of the same length).
    @inline(__always) private static func equal(
        _ name: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Bool {
        var index = 0
        while index < name.count, name[index] == bytes[range.lowerBound + index] { index += 1 }
        return index == name.count
    }

    /// FNV-1a over `bytes`.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}
