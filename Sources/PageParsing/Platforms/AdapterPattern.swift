/// The fourth column of an `html.tsv` row: which part of the value the row reads, for boards that
/// give no element holding just the name or the time (`{} wrote:`, `Quote from: {} on *`,
/// `*on: {} »`, `*"username":"{}"*`).
///
/// `{}` (exactly once) is the part kept, `*` is any text, everything else is literal: ASCII letters
/// match in either case and a run of spaces matches one space (values are read with their white
/// space folded). The whole value must match: `*` takes as much as it can, `{}` as little, and a
/// value that does not match gives nothing, so that a later row (another wording, another
/// language) is tried. Byte-level and regex-free.
package struct AdapterPattern: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case literal([UInt8])
        case any
        case capture
    }

    /// The pattern as written.
    package let source: String
    let pieces: [Piece]

    /// How many `*` a pattern may have, which bounds the backtracking.
    static let maxWildcards = 4

    /// Messages, named once so tests and docs quote the same text.
    package enum Message {
        /// A pattern without `{}` or with more than one.
        package static func capture(_ pattern: String) -> String {
            "pattern '\(pattern)' needs exactly one {} (the part of the value the row keeps)"
        }
        /// A pattern with too many `*`.
        package static func wildcards(_ pattern: String) -> String {
            "pattern '\(pattern)' has more than \(AdapterPattern.maxWildcards) '*'"
        }
        /// Two wildcards in a row, which can only be told apart by guessing.
        package static func adjacent(_ pattern: String) -> String {
            "pattern '\(pattern)' puts {} and '*' side by side; put literal text between them"
        }
    }

    /// Parses `source`; the error is the message to show.
    package init(_ source: String) throws(PatternError) {
        self.source = source
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let bytes = Array(source.utf8)
        var index = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "}") {
                flush()
                pieces.append(.capture)
                index += 2
                continue
            }
            if byte == UInt8(ascii: "*") {
                flush()
                pieces.append(.any)
                index += 1
                continue
            }
            if HTMLByte.isASCIIWhitespace(byte) {
                if literal.last != 0x20 { literal.append(0x20) }
            } else {
                literal.append(HTMLByte.lowercased(byte))
            }
            index += 1
        }
        flush()
        guard pieces.filter({ $0 == .capture }).count == 1 else { throw PatternError(message: Message.capture(source)) }
        guard pieces.filter({ $0 == .any }).count <= Self.maxWildcards else {
            throw PatternError(message: Message.wildcards(source))
        }
        for (left, right) in zip(pieces, pieces.dropFirst()) {
            if case .literal = left { continue }
            if case .literal = right { continue }
            throw PatternError(message: Message.adjacent(source))
        }
        self.pieces = pieces
    }

    /// The part of `value` that `{}` stands for, white space trimmed; `nil` when `value` does not
    /// match or the part is empty.
    /// - Complexity: O(n^(w+1)) for a value of n bytes and w wildcards in the worst case; each
    ///   wildcard only tries the places where the literal after it stands.
    package func extract(from value: String) -> String? {
        let bytes = Array(value.utf8)
        var capture: Range<Int>?
        guard match(0, bytes, 0, &capture), let range = capture else { return nil }
        let text = AdapterValue.folded(String(decoding: bytes[range], as: UTF8.self))
        return text.isEmpty ? nil : text
    }

    private func match(_ piece: Int, _ bytes: [UInt8], _ position: Int, _ capture: inout Range<Int>?) -> Bool {
        guard piece < pieces.count else { return position == bytes.count }
        switch pieces[piece] {
        case .literal(let literal):
            guard Self.hasLiteral(literal, bytes, position) else { return false }
            return match(piece + 1, bytes, position + literal.count, &capture)
        case .any, .capture:
            let greedy = pieces[piece] == .any
            var ends = candidateEnds(after: piece, bytes, from: position)
            if greedy { ends.reverse() }
            for end in ends {
                if !greedy { capture = position..<end }
                if match(piece + 1, bytes, end, &capture) { return true }
            }
            return false
        }
    }

    /// Where a wildcard starting at `position` may end: where the literal after it stands, or the
    /// end of the value when it is the last piece.
    private func candidateEnds(after piece: Int, _ bytes: [UInt8], from position: Int) -> [Int] {
        guard piece + 1 < pieces.count else { return [bytes.count] }
        guard case .literal(let next) = pieces[piece + 1] else { return Array(position...bytes.count) }
        var ends: [Int] = []
        var index = position
        while index + next.count <= bytes.count {
            if Self.hasLiteral(next, bytes, index) { ends.append(index) }
            index += 1
        }
        return ends
    }

    private static func hasLiteral(_ literal: [UInt8], _ bytes: [UInt8], _ position: Int) -> Bool {
        guard position + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where HTMLByte.lowercased(bytes[position + offset]) != literal[offset] {
            return false
        }
        return true
    }
}

/// A pattern that cannot be parsed.
package struct PatternError: Error, Sendable {
    /// What is wrong.
    package var message: String
}
