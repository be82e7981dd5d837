import Lexicon

/// Matches line keys against `LinePattern`s, checking each slot's value.
struct PatternMatcher: Sendable {
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

    /// Where each slot's value stands, counted from the key's start, if `key` matches rule `rule`
    /// of `rules` whole, else `nil`. A slot's first capture is kept.
    /// - Complexity: O(k·m) for a key of k bytes and m pieces in the usual case; slots try each
    ///   occurrence of the literal after them.
    func match(_ rule: Int, of rules: CompiledRules, _ key: ArraySlice<UInt8>) -> SlotRanges? {
        let span = rules.compiled[rule].pieces
        return rules.pieces.withUnsafeBufferPointer { allPieces in
            rules.literals.withUnsafeBufferPointer { literals in
                key.withUnsafeBufferPointer { bytes in
                    let pieces = UnsafeBufferPointer(rebasing: allPieces[span])
                    let line = Line(bytes: bytes, literals: literals, key: key)
                    if let first = pieces.first, first.slot == nil, !line.hasLiteral(first, at: 0) { return nil }
                    if let last = pieces.last, last.slot == nil, last.literalCount <= bytes.count,
                        !line.hasLiteral(last, at: bytes.count - last.literalCount)
                    {
                        return nil
                    }
                    var ranges = SlotRanges()
                    return matchPieces(pieces, 0, line, 0, &ranges) ? ranges : nil
                }
            }
        }
    }

    /// A key being matched: its bytes, the literals' pool, and the key itself for the slots' checks.
    private struct Line {
        let bytes: UnsafeBufferPointer<UInt8>
        let literals: UnsafeBufferPointer<UInt8>
        let key: ArraySlice<UInt8>

        /// Whether the literal of `piece` stands at `position`, ignoring ASCII case.
        @inline(__always)
        func hasLiteral(_ piece: CompiledRules.Piece, at position: Int) -> Bool {
            guard position >= 0, position + piece.literalCount <= bytes.count else { return false }
            var index = 0
            while index < piece.literalCount {
                if LinePattern.asciiLowercased(bytes[position + index]) != literals[piece.literalStart + index] {
                    return false
                }
                index += 1
            }
            return true
        }

        /// The first position from `start` through `last` where the literal of `piece` stands.
        func find(_ piece: CompiledRules.Piece, from start: Int, through last: Int) -> Int? {
            guard piece.literalCount > 0 else { return nil }
            let first = literals[piece.literalStart]
            var position = start
            let end = min(last, bytes.count - piece.literalCount)
            while position <= end {
                if LinePattern.asciiLowercased(bytes[position]) == first, hasLiteral(piece, at: position) {
                    return position
                }
                position += 1
            }
            return nil
        }
    }

    private func matchPieces(
        _ pieces: UnsafeBufferPointer<CompiledRules.Piece>, _ piece: Int, _ line: Line, _ position: Int,
        _ ranges: inout SlotRanges
    ) -> Bool {
        if piece == pieces.count { return position == line.bytes.count }
        let current = pieces[piece]
        guard let slot = current.slot else {
            guard line.hasLiteral(current, at: position) else { return false }
            return matchPieces(pieces, piece + 1, line, position + current.literalCount, &ranges)
        }
        let isFirstCapture = ranges[slot] == nil
        if piece == pieces.count - 1 {
            let range = position..<line.bytes.count
            guard accepts(slot, line.key, range) else { return false }
            if isFirstCapture { ranges[slot] = range }
            return true
        }
        let next = pieces[piece + 1]
        var start = position
        let last = position + min(Self.maxLength(slot), line.bytes.count)
        while let found = line.find(next, from: start, through: last) {
            let range = position..<found
            if accepts(slot, line.key, range) {
                if isFirstCapture { ranges[slot] = range }
                if matchPieces(pieces, piece + 1, line, found, &ranges) { return true }
                if isFirstCapture { ranges[slot] = nil }
            }
            start = found + 1
        }
        return false
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

    /// Whether the bytes of `key` at `range`, counted from its start, are a valid value for `slot`.
    func accepts(_ slot: LinePattern.Slot, _ key: ArraySlice<UInt8>, _ range: Range<Int>) -> Bool {
        let value = key[(key.startIndex + range.lowerBound)..<(key.startIndex + range.upperBound)]
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
}
