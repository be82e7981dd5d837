/// A small seeded random number generator (SplitMix64), so that a failing property test can be
/// run again with the same input.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `pieces` picked at random and joined by `separator`: between `lengths.lowerBound` and
    /// `lengths.upperBound` of them, the number drawn first, then each piece.
    public mutating func text(of pieces: [String], lengths: ClosedRange<Int>, separator: String = "") -> String {
        let count = lengths.lowerBound + Int(next() % UInt64(lengths.count))
        return (0..<count).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined(separator: separator)
    }
}
