/// A data table (`score`'s or `lexicon eval`'s TSV) that cannot be read at all.
package enum DataTableError: Error, CustomStringConvertible, Sendable {
    /// The file could not be opened.
    case unreadable(file: String, reason: String)
    /// The header lacks columns that are needed.
    case missingColumns(file: String, line: Int, missing: [String], found: [String])
    /// The input has no line at all.
    case empty(file: String, expected: [String])

    package var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .missingColumns(let file, let line, let missing, let found):
            let names = missing.map { "'\($0)'" }.joined(separator: " and ")
            return
                "\(file):\(line): header has no \(names) column (it names: \(found.joined(separator: ", "))); use --column / --label to pick others"
        case .empty(let file, let expected):
            return
                "\(file):1: empty input; expected a header naming \(expected.map { "'\($0)'" }.joined(separator: " and "))"
        }
    }
}
