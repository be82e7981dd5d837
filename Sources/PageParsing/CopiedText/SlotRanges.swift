import Lexicon

/// One optional byte range per slot kind, stored inline in one 32-bit word each, so that a rule's
/// match keeps where its values stand in the line's key without an array. The ranges are offsets
/// into a key, and a key has at most ``SourceLine/maxKeyLength`` bytes, so a start and a length
/// each fit in 16 bits.
struct SlotRanges: Sendable {
    /// Per slot kind, `start << 16 | length`, or `none`.
    private var words: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        none, none, none, none, none, none, none
    )

    /// No range: no key is long enough for a range to start at 65,535.
    private static let none = UInt32.max

    /// The place of `slot`'s word.
    private static func ordinal(_ slot: LinePattern.Slot) -> Int {
        switch slot {
        case .author: 0
        case .time: 1
        case .count: 2
        case .number: 3
        case .reaction: 4
        case .names: 5
        case .any: 6
        }
    }

    /// The range of `slot`, if it has one.
    subscript(slot: LinePattern.Slot) -> Range<Int>? {
        get {
            let word = withUnsafeBytes(of: words) { $0.load(fromByteOffset: Self.ordinal(slot) * 4, as: UInt32.self) }
            guard word != Self.none else { return nil }
            let start = Int(word >> 16)
            return start..<(start + Int(word & 0xFFFF))
        }
        set {
            let word = newValue.map { UInt32($0.lowerBound) << 16 | UInt32($0.count) } ?? Self.none
            withUnsafeMutableBytes(of: &words) {
                $0.storeBytes(of: word, toByteOffset: Self.ordinal(slot) * 4, as: UInt32.self)
            }
        }
    }
}
