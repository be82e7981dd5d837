/// A lexicon file read as tab-separated values: `#` comments, a header line, one entry a line.
package struct TSVTable: Sendable {
    /// One data line of the table.
    package struct Row: Sendable {
        /// The 1-based line number in the file.
        package var line: Int
        /// The fields, one per column, trimmed of surrounding spaces.
        package var fields: [String]

        /// The field under `column`, or an empty string where the line is short.
        package subscript(_ column: Int) -> String {
            column < fields.count ? fields[column] : ""
        }
    }

    /// The file's name as shown in errors (`incivility.tsv`).
    package var file: String
    /// The column names of the header line.
    package var columns: [String]
    /// The data lines.
    package var rows: [Row]

    /// Parses `text`, the contents of `file`.
    ///
    /// Blank lines and lines starting with `#` are skipped; the first other line is the header.
    /// A data line with more fields than the header, or fewer than `requiredColumns`, is an error.
    /// - Complexity: O(n) in the length of `text`.
    package init(file: String, text: String, requiredColumns: Int) throws(LexiconError) {
        self.file = file
        columns = []
        rows = []
        var lineNumber = 0
        var sawHeader = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0.trimmingSpaces())
            }
            if !sawHeader {
                sawHeader = true
                columns = fields
                if fields.count < requiredColumns {
                    throw .malformed(
                        file: file, line: lineNumber,
                        message:
                            "header names \(fields.count) column(s), expected at least \(requiredColumns) separated by tabs"
                    )
                }
                continue
            }
            if fields.count < requiredColumns {
                throw .malformed(
                    file: file, line: lineNumber,
                    message:
                        "expected \(requiredColumns) tab-separated fields (\(columns.prefix(requiredColumns).joined(separator: ", "))), found \(fields.count); is a tab missing?"
                )
            }
            if fields.count > columns.count {
                throw .malformed(
                    file: file, line: lineNumber,
                    message: "expected at most \(columns.count) tab-separated fields, found \(fields.count)"
                )
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        if !sawHeader { throw .empty(file: file) }
    }

    /// The index of the column named `name`, if the header has it.
    package func column(named name: String) -> Int? {
        columns.firstIndex(of: name)
    }
}

extension Substring {
    /// The substring without leading and trailing spaces.
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " { result = result.dropFirst() }
        while let last = result.last, last == " " { result = result.dropLast() }
        return result
    }
}
