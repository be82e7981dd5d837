import Lexicon

/// A labeled evaluation set read from a data table: a header naming a text column and a label
/// column (other columns kept aside); label 1 = uncivil, 0 = civil.
///
/// Every row after the header is either an example or a skipped row with the reason, so that no
/// row is lost without a word.
package struct LabeledSet: Sendable {
    /// One labeled text.
    package struct Example: Hashable, Sendable {
        /// The 1-based line in the file.
        package var line: Int
        /// The text.
        package var text: String
        /// Whether it is labeled uncivil.
        package var isUncivil: Bool
    }

    /// The examples in file order.
    package var examples: [Example]
    /// The rows that are not examples (a bad label, a missing field, a blank row), in file order.
    package var skipped: [LabeledSetError]

    /// Reads every row of `table`.
    /// - Throws: `file:line: what is wrong` when the header lacks either column.
    package init(lines: ByteLineReader, file: String, textColumn: String = "text", labelColumn: String = "label")
        throws(LabeledSetError)
    {
        examples = []
        skipped = []
        var table: DataTable
        do {
            table = try DataTable(
                lines: lines, file: file, requiring: [textColumn, labelColumn], plainTextAllowed: false)
        } catch {
            throw LabeledSetError(description: error.description)
        }
        let textIndex = table.header?.column(textColumn) ?? 0
        let labelIndex = table.header?.column(labelColumn) ?? 0
        while let row = table.next() {
            func skip(_ message: String) {
                skipped.append(LabeledSetError(file: file, line: row.line, message: message))
            }
            guard let text = row[textIndex], let label = row[labelIndex] else {
                if row.fields.allSatisfy({ $0.isEmpty }) {
                    skip("blank row")
                } else {
                    skip(
                        "expected at least \(max(textIndex, labelIndex) + 1) tab-separated fields, found \(row.fields.count); is a tab missing?"
                    )
                }
                continue
            }
            guard label == "0" || label == "1" else {
                skip("bad label '\(label)': expected 1 (uncivil) or 0 (civil)")
                continue
            }
            examples.append(Example(line: row.line, text: text, isUncivil: label == "1"))
        }
    }

    /// Reads `text`, the contents of `file`.
    package init(file: String, text: String, textColumn: String = "text", labelColumn: String = "label")
        throws(LabeledSetError)
    {
        try self.init(
            lines: ByteLineReader(bytes: Array(text.utf8)), file: file, textColumn: textColumn, labelColumn: labelColumn
        )
    }
}

/// A problem in a labeled evaluation file, at a file and line.
package struct LabeledSetError: Error, CustomStringConvertible, Sendable {
    /// `file:line: what is wrong`.
    package var description: String

    init(description: String) {
        self.description = description
    }

    init(file: String, line: Int, message: String) {
        description = "\(file):\(line): \(message)"
    }
}
