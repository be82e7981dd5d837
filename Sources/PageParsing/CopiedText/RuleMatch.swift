import Lexicon

/// A profile rule that matched a line, with where its slots' values stand in the line's key.
///
/// It keeps the rule's kind and name, the line, and each slot's byte range in the line's key, not
/// the rule or the values: a value is read from the key when it is asked for
/// (``value(_:in:)``), so a match holds no string or array of its own.
struct RuleMatch: Sendable {
    /// The rule's kind.
    var kind: ProfileRule.Kind
    /// The line matched (its index in ``SourceLines``).
    let line: Int32
    /// The rule's name (the segment name its lines get).
    var name: String
    /// Each slot's first capture, as a range of the key counted from its start.
    private let captures: SlotRanges

    /// A match of `rule` on line `line`, with each slot's first capture in `captures`.
    init(rule: ProfileRule, line: Int, captures: SlotRanges) {
        kind = rule.kind
        self.line = Int32(line)
        name = rule.name
        self.captures = captures
    }

    /// The bytes first captured by `slot`, if any: a slice of the key of the match's line in `lines`.
    func bytes(_ slot: LinePattern.Slot, in lines: SourceLines) -> ArraySlice<UInt8>? {
        guard let range = captures[slot], let key = lines.key(Int(line)) else { return nil }
        let start = key.startIndex + range.lowerBound
        return key[start..<(start + range.count)]
    }

    /// The value first captured by `slot`, if any, read from the key of the match's line in `lines`.
    func value(_ slot: LinePattern.Slot, in lines: SourceLines) -> String? {
        bytes(slot, in: lines).map { String(decoding: $0, as: UTF8.self) }
    }
}
