/// Reads the rows of every file of one lexicon kind (`incivility.tsv`, `incivility-local.tsv`),
/// checking the header and the field count, and collecting every problem as a `file:line` error.
struct LexiconRowReader {
    /// A problem with one row, reported at the row's line.
    struct RowError: Error {
        var message: String
    }

    /// The files' base name (`incivility`): `NAME.tsv` and `NAME-*.tsv` at the top of the bundle.
    var name: String
    /// The columns the header must start with.
    var columns: [String]
    /// How many of `columns` each row must fill.
    var requiredFields: Int

    /// The files of this kind: `NAME.tsv` first, then the others sorted by path.
    func files(in bundle: LexiconBundle) -> [LexiconBundle.File] {
        let main = "\(name).tsv"
        return bundle.files.values.filter { file in
            !file.path.utf8.contains(UInt8(ascii: "/")) && file.path.hasSuffix(".tsv")
                && (file.path == main || file.path.hasPrefix("\(name)-"))
        }.sorted { $0.path == main || ($1.path != main && $0.path < $1.path) }
    }

    /// Calls `parse` on every row of every file of this kind; rows it rejects become problems.
    func read<Entry>(
        _ bundle: LexiconBundle, problems: inout [LexiconError],
        parse: (TSVTable.Row, _ origin: String) throws(RowError) -> Entry
    ) -> [Entry] {
        read(files(in: bundle), problems: &problems, parse: parse)
    }

    /// Calls `parse` on every row of `files`; rows it rejects become problems.
    func read<Entry>(
        _ files: [LexiconBundle.File], problems: inout [LexiconError],
        parse: (TSVTable.Row, _ origin: String) throws(RowError) -> Entry
    ) -> [Entry] {
        var entries: [Entry] = []
        for file in files {
            let table: TSVTable
            do {
                table = try TSVTable(file: file.origin, text: file.text, requiredColumns: 1)
            } catch {
                problems.append(error)
                continue
            }
            guard Array(table.columns.prefix(columns.count)) == columns else {
                problems.append(
                    .malformed(
                        file: file.origin, line: Self.headerLine(of: file.text),
                        message:
                            "header must name the columns \(columns.joined(separator: ", ")) separated by tabs; found \(table.columns.joined(separator: ", "))"
                    )
                )
                continue
            }
            for row in table.rows {
                if row.fields.count < requiredFields || row.fields.prefix(requiredFields).contains(where: \.isEmpty) {
                    problems.append(
                        .malformed(
                            file: file.origin, line: row.line,
                            message:
                                "expected \(requiredFields) tab-separated fields (\(columns.prefix(requiredFields).joined(separator: ", "))), found \(row.fields.filter { !$0.isEmpty }.count); is a tab missing?"
                        )
                    )
                    continue
                }
                do {
                    entries.append(try parse(row, "\(file.origin):\(row.line)"))
                } catch {
                    problems.append(.malformed(file: file.origin, line: row.line, message: error.message))
                }
            }
        }
        return entries
    }

    /// The 1-based line of the header: the first line that is neither blank nor a comment.
    static func headerLine(of text: String) -> Int {
        var line = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let trimmed = raw.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" || $0 == "\r" }
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { return line }
        }
        return 1
    }

    /// The term in `field`, or a row error saying what is wrong with it.
    static func term(_ field: String) throws(RowError) -> LexiconTerm {
        do {
            return try LexiconTerm(parsing: field)
        } catch {
            throw RowError(message: error.description)
        }
    }

    /// The number in `field`, checked by `isValid`; `expected` says what is allowed.
    static func number(_ field: String, column: String, expected: String, isValid: (Double) -> Bool) throws(RowError)
        -> Double
    {
        guard let value = Double(field), value.isFinite, isValid(value) else {
            throw RowError(message: "bad \(column) '\(field)': expected \(expected)")
        }
        return value
    }

    /// The case of `Kind` named by `field`, or a row error listing the names allowed.
    static func kind<Kind: RawRepresentable & CaseIterable>(_ field: String, column: String) throws(RowError) -> Kind
    where Kind.RawValue == String {
        guard let kind = Kind(rawValue: field) else {
            throw RowError(
                message:
                    "unknown \(column) '\(field)': expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return kind
    }
}
