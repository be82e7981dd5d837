/// A set of element names as a 256-bit mask: `contains` is a shift and a test, where a
/// `Set<HTMLElementName>` hashes the name (a `Hasher` seeded and finalised per look-up).
struct HTMLElementNameSet: ExpressibleByArrayLiteral, Sendable {
    /// Bit n of word n / 64 is set when the name of raw value n is in the set.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The set of `names`.
    init(arrayLiteral names: HTMLElementName...) {
        self.init(names)
    }

    /// The set of the names in `names`.
    init(_ names: some Sequence<HTMLElementName>) {
        for name in names {
            let raw = Int(name.rawValue)
            precondition(raw < 256, "HTMLElementNameSet holds raw values below 256")
            let bit = UInt64(1) << UInt64(raw & 63)
            switch raw >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
    }

    /// Whether `name` is in the set.
    /// - Complexity: O(1).
    @inline(__always) func contains(_ name: HTMLElementName) -> Bool {
        let raw = Int(name.rawValue)
        let word: UInt64
        switch raw >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        case 3: word = words.3
        default: return false
        }
        return word >> UInt64(raw & 63) & 1 != 0
    }
}
