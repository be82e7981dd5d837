import Lexicon

/// A profile's rules compiled for trying them on lines: each pattern's pieces are plain values
/// over one pool of literal bytes, and the rules a line can match are listed by the line's first
/// byte, so that trying a rule copies no array and counts no reference.
struct CompiledRules: Sendable {
    /// A piece of a pattern: a slot, or (`slot == nil`) a literal, lowercase, as a range of
    /// ``literals``.
    struct Piece: Sendable {
        var slot: LinePattern.Slot?
        var literalStart: Int
        var literalCount: Int
    }

    /// A compiled rule: its kind, the kind's bit (for a set of kinds in one word), and where its
    /// pieces are in ``pieces``.
    struct Rule: Sendable {
        var kind: ProfileRule.Kind
        var kindBit: UInt32
        var pieces: Range<Int>
    }

    /// The rules as the profile writes them, by kind and then in file order; `compiled[i]` is
    /// `rules[i]` compiled.
    let rules: [ProfileRule]
    let compiled: [Rule]
    let pieces: [Piece]
    let literals: [UInt8]
    /// Per lowercased first byte of a line, the rules the line can match (those whose pattern
    /// starts with a literal starting with that byte, and those starting with a slot), in order:
    /// `candidates[starts[byte]..<starts[byte + 1]]`.
    private let starts: [Int]
    private let candidates: [Int]
    /// The same for the rules that detect the platform (post headers and `detect` lines).
    private let detectionStarts: [Int]
    private let detectionCandidates: [Int]

    /// `rules` (a profile's), ordered by kind and compiled.
    init(_ rules: [ProfileRule]) {
        self.rules = ProfileRule.Kind.allCases.flatMap { kind in rules.filter { $0.kind == kind } }
        var pieces: [Piece] = []
        var literals: [UInt8] = []
        compiled = self.rules.map { rule in
            let first = pieces.count
            for piece in rule.pattern.pieces {
                switch piece {
                case .slot(let slot):
                    pieces.append(Piece(slot: slot, literalStart: 0, literalCount: 0))
                case .literal(let bytes):
                    pieces.append(Piece(slot: nil, literalStart: literals.count, literalCount: bytes.count))
                    literals += bytes
                }
            }
            let bit = UInt32(1) << UInt32(ProfileRule.Kind.allCases.firstIndex(of: rule.kind)!)
            return Rule(kind: rule.kind, kindBit: bit, pieces: first..<pieces.count)
        }
        self.pieces = pieces
        self.literals = literals
        let ordered = self.rules
        func buckets(_ included: (ProfileRule) -> Bool) -> (starts: [Int], candidates: [Int]) {
            var byByte = Array(repeating: [Int](), count: 256)
            for (index, rule) in ordered.enumerated() where included(rule) {
                if let first = rule.pattern.leadingLiteral?.first {
                    byByte[Int(first)].append(index)
                } else {
                    for byte in byByte.indices { byByte[byte].append(index) }
                }
            }
            var starts = [0]
            for rules in byByte { starts.append(starts[starts.count - 1] + rules.count) }
            return (starts, byByte.flatMap { $0 })
        }
        (starts, candidates) = buckets { _ in true }
        (detectionStarts, detectionCandidates) = buckets { $0.kind == .postHeader || $0.kind == .detect }
    }

    /// The rules a line whose first byte is `byte` can match, in order.
    func candidates(firstByte byte: UInt8) -> ArraySlice<Int> {
        let lowered = Int(LinePattern.asciiLowercased(byte))
        return candidates[starts[lowered]..<starts[lowered + 1]]
    }

    /// The rules detecting the platform that a line whose first byte is `byte` can match, in order.
    func detectionCandidates(firstByte byte: UInt8) -> ArraySlice<Int> {
        let lowered = Int(LinePattern.asciiLowercased(byte))
        return detectionCandidates[detectionStarts[lowered]..<detectionStarts[lowered + 1]]
    }
}
