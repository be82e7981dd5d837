import Lexicon

/// Matches line keys against `LinePattern`s, checking each slot's value.
struct PatternMatcher: Sendable {
    /// What a matched slot captured: its byte range in the key (the key's own indices).
    typealias Captures = [(slot: LinePattern.Slot, range: Range<Int>)]

    let vocabulary: PlatformVocabulary
    let time: TimeRecognizer
    /// The lengths and lowercased first bytes of the reaction names, to reject most candidate
    /// values without a lookup.
    private let reactionLengths: Set<Int>
    private let reactionFirstBytes: Set<UInt8>

    init(vocabulary: PlatformVocabulary) {
        self.vocabulary = vocabulary
        time = TimeRecognizer(vocabulary: vocabulary.times)
        reactionLengths = Set(vocabulary.reactions.map(\.count))
        reactionFirstBytes = Set(vocabulary.reactions.compactMap(\.first))
    }

    /// The captures if `key` matches `pattern` whole, else `nil`.
    /// - Complexity: O(k·m) for a key of k bytes and m pieces in the usual case; slots try each
    ///   occurrence of the literal after them.
    func match(_ pattern: LinePattern, _ key: ArraySlice<UInt8>) -> Captures? {
        if let leading = pattern.leadingLiteral, !Self.hasLiteral(leading, in: key, at: key.startIndex) { return nil }
        if let trailing = pattern.trailingLiteral, trailing.count <= key.count,
            !Self.hasLiteral(trailing, in: key, at: key.endIndex - trailing.count)
        {
            return nil
        }
        var captures: Captures = []
        return matchPieces(pattern.pieces, 0, key, key.startIndex, &captures) ? captures : nil
    }

    private func matchPieces(
        _ pieces: [LinePattern.Piece], _ piece: Int, _ key: ArraySlice<UInt8>, _ position: Int,
        _ captures: inout Captures
    ) -> Bool {
        if piece == pieces.count { return position == key.endIndex }
        switch pieces[piece] {
        case .literal(let literal):
            guard Self.hasLiteral(literal, in: key, at: position) else { return false }
            return matchPieces(pieces, piece + 1, key, position + literal.count, &captures)
        case .slot(let slot):
            if piece == pieces.count - 1 {
                let range = position..<key.endIndex
                guard accepts(slot, key, range) else { return false }
                captures.append((slot, range))
                return true
            }
            guard case .literal(let next) = pieces[piece + 1] else { return false }
            var start = position
            let limit = Self.maxLength(slot)
            while let found = Self.find(next, in: key, from: start), found - position <= limit {
                let range = position..<found
                if accepts(slot, key, range) {
                    captures.append((slot, range))
                    if matchPieces(pieces, piece + 1, key, found, &captures) { return true }
                    captures.removeLast()
                }
                start = found + 1
            }
            return false
        }
    }

    /// The longest value a slot accepts, so that a match gives up early on long lines.
    static func maxLength(_ slot: LinePattern.Slot) -> Int {
        switch slot {
        case .author, .time: 60
        case .reaction: 40
        case .count: 12
        case .number: 9
        case .names: 400
        case .any: Int.max
        }
    }

    /// Whether `key[range]` is a valid value for `slot`.
    func accepts(_ slot: LinePattern.Slot, _ key: ArraySlice<UInt8>, _ range: Range<Int>) -> Bool {
        let value = key[range]
        switch slot {
        case .any:
            return true
        case .author:
            return AuthorName.isPlausible(value, maxWords: 5) && !time.isTime(value)
        case .time:
            return time.isTime(value)
        case .count:
            return Self.count(value) != nil
        case .number:
            return !value.isEmpty && value.count <= 9 && value.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        case .reaction:
            guard reactionLengths.contains(value.count), let first = value.first,
                reactionFirstBytes.contains(LinePattern.asciiLowercased(first))
            else { return false }
            return vocabulary.reactions.contains(value.map(LinePattern.asciiLowercased))
        case .names:
            return !value.isEmpty && value.count <= 400
        }
    }

    /// The number a count slot holds: `3`, `1,204`, `1.2k`, `2M`.
    static func count(_ value: ArraySlice<UInt8>) -> Int? {
        guard !value.isEmpty, value.count <= 12, let first = value.first, first >= 0x30 && first <= 0x39 else {
            return nil
        }
        var whole = 0
        var fraction = 0
        var fractionDigits = 0
        var inFraction = false
        var multiplier = 1
        for (offset, byte) in value.enumerated() {
            switch byte {
            case 0x30...0x39:
                if inFraction {
                    fraction = fraction * 10 + Int(byte - 0x30)
                    fractionDigits += 1
                } else {
                    whole = whole * 10 + Int(byte - 0x30)
                }
            case UInt8(ascii: ","):
                continue
            case UInt8(ascii: "."):
                if inFraction { return nil }
                inFraction = true
            case UInt8(ascii: "k"), UInt8(ascii: "K"):
                guard offset == value.count - 1 else { return nil }
                multiplier = 1000
            case UInt8(ascii: "m"), UInt8(ascii: "M"):
                guard offset == value.count - 1 else { return nil }
                multiplier = 1_000_000
            default:
                return nil
            }
        }
        var scale = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        return whole * multiplier + fraction * multiplier / scale
    }

    /// Whether `literal` (lowercase) stands in `key` at `position`, ignoring ASCII case.
    @inline(__always)
    static func hasLiteral(_ literal: [UInt8], in key: ArraySlice<UInt8>, at position: Int) -> Bool {
        guard position >= key.startIndex, position + literal.count <= key.endIndex else { return false }
        var index = 0
        while index < literal.count {
            if LinePattern.asciiLowercased(key[position + index]) != literal[index] { return false }
            index += 1
        }
        return true
    }

    /// The first position at or after `start` where `literal` stands in `key`.
    static func find(_ literal: [UInt8], in key: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard !literal.isEmpty, literal.count <= key.count else { return nil }
        var position = start
        while position + literal.count <= key.endIndex {
            if hasLiteral(literal, in: key, at: position) { return position }
            position += 1
        }
        return nil
    }
}
