import Lexicon

/// A pattern for one line of copied page text, as written in a platform profile:
/// literal words with slots such as `{time}, {author} said:` or `• {reaction} {count}`.
///
/// Literal text matches ASCII case-insensitively; runs of spaces in the line are folded to one
/// space before matching. Slots: `{author}`, `{time}`, `{count}`, `{number}`, `{reaction}`,
/// `{names}` and `{any}` (anything, possibly empty).
package struct LinePattern: Hashable, Sendable, CustomStringConvertible {
    /// What a slot accepts.
    package enum Slot: String, Hashable, Sendable, CaseIterable {
        /// A member name: one to five words, no sentence punctuation at its end.
        case author
        /// A date or time as forums write them (`8 minutes ago`, `On 1/14/2025 at 3:05 AM`).
        case time
        /// A count such as `3`, `1,204` or `1.2k`.
        case count
        /// Digits only.
        case number
        /// A reaction name from `reactions.tsv`.
        case reaction
        /// A list of member names (`alice, bob and 3 others`).
        case names
        /// Anything, possibly nothing.
        case any
    }

    /// A piece of a pattern.
    package enum Piece: Hashable, Sendable {
        case literal([UInt8])
        case slot(Slot)
    }

    /// The pieces, in order; two slots are never adjacent.
    package let pieces: [Piece]
    /// The pattern as written.
    package let source: String

    /// Parses `source`.
    /// - Throws: a message naming the problem (an unknown slot, two slots in a row, an unclosed brace).
    package init(_ source: String) throws(LinePatternError) {
        self.source = source
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let bytes = Array(source.utf8)
        var index = 0
        func flushLiteral() {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") {
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else {
                    throw LinePatternError(message: "unclosed '{' in pattern '\(source)'")
                }
                let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                guard let slot = Slot(rawValue: name) else {
                    let known = Slot.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")
                    throw LinePatternError(
                        message: "unknown slot '{\(name)}' in pattern '\(source)'; known slots: \(known)")
                }
                if literal.isEmpty, case .slot = pieces.last {
                    throw LinePatternError(
                        message: "two slots in a row in pattern '\(source)'; put a literal between them")
                }
                flushLiteral()
                pieces.append(.slot(slot))
                index = close + 1
                continue
            }
            if byte == UInt8(ascii: " ") {
                if literal.last != UInt8(ascii: " ") { literal.append(byte) }
            } else {
                literal.append(Self.asciiLowercased(byte))
            }
            index += 1
        }
        flushLiteral()
        guard !pieces.isEmpty else {
            throw LinePatternError(message: "empty pattern")
        }
        self.pieces = pieces
    }

    package var description: String { source }

    /// The literal the pattern starts with, if it starts with one.
    package var leadingLiteral: [UInt8]? {
        if case .literal(let bytes) = pieces.first { return bytes }
        return nil
    }

    /// The literal the pattern ends with, if it ends with one.
    package var trailingLiteral: [UInt8]? {
        if case .literal(let bytes) = pieces.last { return bytes }
        return nil
    }

    /// `byte` lowercased if it is an ASCII capital letter.
    @inline(__always)
    package static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

/// A pattern in a platform profile that cannot be parsed.
package struct LinePatternError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    package var message: String

    package var description: String { message }
}
