import Lexicon

/// One case of `Lexicons/tests/*.tsv`: a text (expected evidence spans marked `[[…]]`), the checks
/// it must pass, and optionally the parent text it replies to.
package struct LexiconCase: Hashable, Sendable, CustomStringConvertible {
    /// Where the case is (`Lexicons/tests/insults.tsv:12`).
    package var origin: String
    /// The text in pieces, each marked or not; joined they are the text to score.
    package var pieces: [Piece]
    /// The checks.
    package var checks: [LexiconCheck]
    /// The parent text for stance checks.
    package var parent: String?
    /// Whether the case is also run with an emoji prefix, in ALL CAPS and inside a quote.
    package var variantsEnabled: Bool

    /// A run of the text, inside `[[…]]` or not.
    package struct Piece: Hashable, Sendable {
        package var text: String
        package var isMarked: Bool
    }

    /// The text without markers.
    package var text: String { pieces.map(\.text).joined() }

    package var description: String { "\(origin): \(text)" }

    /// The cases of every `tests/*.tsv` file of `bundle`, and the problems of malformed lines.
    package static func cases(in bundle: LexiconBundle) -> (cases: [LexiconCase], problems: [LexiconError]) {
        var cases: [LexiconCase] = []
        var problems: [LexiconError] = []
        for file in bundle.files(under: "tests/") where file.path.hasSuffix(".tsv") {
            do {
                let table = try TSVTable(file: file.origin, text: file.text, requiredColumns: 2)
                guard let textColumn = table.column(named: "text"), let expectColumn = table.column(named: "expect")
                else {
                    throw LexiconError.malformed(
                        file: file.origin, line: 1,
                        message: "header must name the columns text, expect and optionally parent"
                    )
                }
                let parentColumn = table.column(named: "parent")
                for row in table.rows {
                    do {
                        cases.append(
                            try LexiconCase(
                                origin: "\(file.origin):\(row.line)", text: row[textColumn], expect: row[expectColumn],
                                parent: parentColumn.map { row[$0] }
                            )
                        )
                    } catch {
                        problems.append(.malformed(file: file.origin, line: row.line, message: error.description))
                    }
                }
            } catch let error as LexiconError {
                problems.append(error)
            } catch {
                problems.append(.malformed(file: file.origin, line: 1, message: "\(error)"))
            }
        }
        return (cases, problems)
    }

    /// Parses a case from its fields.
    package init(origin: String, text: String, expect: String, parent: String?) throws(LexiconCaseError) {
        self.origin = origin
        guard !text.isEmpty else { throw LexiconCaseError("empty text") }
        pieces = try Self.pieces(of: text)
        self.parent = parent.flatMap { $0.isEmpty ? nil : $0 }
        variantsEnabled = true
        checks = []
        for part in expect.split(separator: ";").map({ String($0).trimmingCharacters(in: " ") }) where !part.isEmpty {
            if part == "variants=off" {
                variantsEnabled = false
            } else {
                checks.append(try LexiconCheck.parse(part))
            }
        }
        guard !checks.isEmpty else {
            throw LexiconCaseError("no checks in expect: write e.g. band=none or band>=low;category=insult")
        }
        if self.parent == nil, checks.contains(where: { if case .stance = $0 { true } else { false } }) {
            throw LexiconCaseError("a stance check needs the parent text in the parent column")
        }
    }

    private static func pieces(of text: String) throws(LexiconCaseError) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "[[") {
            guard let close = rest[open.upperBound...].range(of: "]]") else {
                throw LexiconCaseError("'[[' without ']]'")
            }
            if open.lowerBound > rest.startIndex {
                pieces.append(Piece(text: String(rest[..<open.lowerBound]), isMarked: false))
            }
            pieces.append(Piece(text: String(rest[open.upperBound..<close.lowerBound]), isMarked: true))
            rest = rest[close.upperBound...]
        }
        if rest.contains("]]") { throw LexiconCaseError("']]' without '[['") }
        if !rest.isEmpty { pieces.append(Piece(text: String(rest), isMarked: false)) }
        return pieces
    }
}
