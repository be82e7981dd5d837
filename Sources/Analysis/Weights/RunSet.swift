/// A set of runs of `ReplyWords.quotedRun` word ids (`ParentWords.Run`), by open addressing on a
/// multiplicative hash of the run's 16 bytes: no `Hasher` per run (a parent of thousands of words
/// puts thousands of runs in, and every reply looks its runs up).
struct RunSet: Sendable, Equatable {
    /// An empty slot: no run of word ids (which are never negative) is this one.
    private static let empty = ParentWords.Run(repeating: -1)

    private var slots: [ParentWords.Run]
    /// The number of runs.
    private(set) var count = 0

    /// An empty set with room for `capacity` runs before it grows.
    init(capacity: Int = 0) {
        var slotCount = 16
        while slotCount < 2 * (capacity + 1) { slotCount *= 2 }
        slots = [ParentWords.Run](repeating: Self.empty, count: slotCount)
    }

    /// Adds `run`.
    /// - Complexity: O(1) on average.
    mutating func insert(_ run: ParentWords.Run) {
        guard run != Self.empty else { return }
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Self.hash(run) & (slots.count - 1)
        while slots[slot] != Self.empty {
            if slots[slot] == run { return }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = run
        count += 1
    }

    /// Whether `run` is in the set.
    /// - Complexity: O(1) on average.
    func contains(_ run: ParentWords.Run) -> Bool {
        var slot = Self.hash(run) & (slots.count - 1)
        while slots[slot] != Self.empty {
            if slots[slot] == run { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    /// Whether `first` and `second` hold the same runs, whatever order they came in.
    /// - Complexity: O(n) in the slots.
    static func == (first: RunSet, second: RunSet) -> Bool {
        first.count == second.count && first.slots.allSatisfy { $0 == empty || second.contains($0) }
    }

    private mutating func grow() {
        let old = slots
        slots = [ParentWords.Run](repeating: Self.empty, count: old.count * 2)
        count = 0
        for run in old where run != Self.empty { insert(run) }
    }

    /// The slot hash of `run`: its two halves multiplied by odd constants, folded.
    private static func hash(_ run: ParentWords.Run) -> Int {
        let low = UInt64(UInt32(bitPattern: run[0])) | UInt64(UInt32(bitPattern: run[1])) << 32
        let high = UInt64(UInt32(bitPattern: run[2])) | UInt64(UInt32(bitPattern: run[3])) << 32
        let mixed = low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: mixed ^ mixed >> 29)
    }
}
