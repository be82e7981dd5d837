import TestSupport
import Testing

@testable import Lexicon

/// `TSVTable` cuts lines and fields on bytes; a reference that cuts the characters, as the
/// standard library sees them, must give the same columns, rows, line numbers and errors.
@Suite struct TSVTableReferenceTests {
    /// What the reference makes of `text`: the columns and rows, or the error's description.
    static func reference(_ text: String, requiredColumns: Int) -> String {
        var columns: [String]?
        var rows: [String] = []
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = Substring(rawLine)
            if offset == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0.trimmingSpaces())
            }
            guard let header = columns else {
                if fields.count < requiredColumns { return "error at \(offset + 1)" }
                columns = fields
                continue
            }
            if fields.count < requiredColumns || fields.count > header.count { return "error at \(offset + 1)" }
            rows.append("\(offset + 1):\(fields)")
        }
        guard let columns else { return "empty" }
        return "\(columns) \(rows)"
    }

    static func parsed(_ text: String, requiredColumns: Int) -> String {
        do {
            let table = try TSVTable(file: "t.tsv", text: text, requiredColumns: requiredColumns)
            return "\(table.columns) \(table.rows.map { "\($0.line):\($0.fields)" })"
        } catch {
            if case .empty = error { return "empty" }
            if case .malformed(_, let line, _) = error { return "error at \(line)" }
            return "\(error)"
        }
    }

    static let pieces = [
        "a", "b", "term", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "#",
        "\u{301}", "é", "\u{FEFF}", "0.5",
    ]

    @Test(arguments: 0..<4)
    func bytesCutWhereCharactersDo(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        for _ in 0..<1_500 {
            let text = random.text(of: Self.pieces, lengths: 0...23)
            for required in 1...2 {
                #expect(Self.parsed(text, requiredColumns: required) == Self.reference(text, requiredColumns: required), "\(text.debugDescription)")
            }
        }
    }
}
