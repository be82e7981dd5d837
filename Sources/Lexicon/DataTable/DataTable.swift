/// A data table read row by row: a TSV whose header names its columns (recognised by name,
/// case-insensitively, after a byte-order mark and trimming), or plain text with one value a line.
///
/// Lines starting with `#` and blank lines before the header are its preamble (a data set's
/// licence and notes) and are skipped; after the header every line is a row, whatever it starts
/// with: `#MeToo` is data, not a comment. Blank lines are rows too, so that a caller can answer
/// each line of its input. Without a header, the preamble's lines are rows as well.
package struct DataTable {
    private var lines: ByteLineReader
    /// Lines read while looking for the header that turned out to be rows.
    private var pending: [(line: Int, bytes: [UInt8])] = []
    /// The header, or `nil` for plain text (one value a line, no header).
    package let header: DataTableHeader?
    /// The file's name as shown in messages (`<stdin>` for standard input).
    package let file: String
    /// The number of preamble lines skipped before the header.
    package private(set) var preambleLines = 0

    /// The most preamble lines looked through for a header.
    static let maximumPreamble = 256

    /// Reads the first line after the preamble of `lines` as a header naming every column of
    /// `required`; without one, the input is plain text when `plainTextAllowed`, else an error.
    /// - Throws: `DataTableError.missingColumns` or `.empty` when a header is needed and missing.
    package init(lines: ByteLineReader, file: String, requiring required: [String], plainTextAllowed: Bool)
        throws(DataTableError)
    {
        self.lines = lines
        self.file = file
        var first: [UInt8]?
        while let line = self.lines.next() {
            let bytes = self.lines.lineNumber == 1 ? Array(DataTableHeader.withoutBOM(line)) : line
            pending.append((self.lines.lineNumber, bytes))
            guard Self.isPreamble(bytes), pending.count < Self.maximumPreamble else {
                first = bytes
                break
            }
        }
        if let first, let header = DataTableHeader(first, requiring: required) {
            self.header = header
            preambleLines = pending.count - 1
            pending.removeAll()
            return
        }
        guard plainTextAllowed else {
            guard let first else { throw .empty(file: file, expected: required) }
            let found = DataTableHeader.names(first)
            throw .missingColumns(
                file: file, line: pending.last?.line ?? 1,
                missing: required.filter { !found.contains($0.lowercased()) },
                found: found)
        }
        header = nil
        pending.reverse()
    }

    /// The next row, or `nil` at the end. A plain-text row has one field, the whole line.
    /// - Complexity: O(n) in the line's length.
    package mutating func next() -> DataTableRow? {
        if let (line, bytes) = pending.popLast() {
            return DataTableRow(line: line, fields: [String(decoding: bytes, as: UTF8.self)])
        }
        guard let line = lines.next() else { return nil }
        let fields =
            header == nil ? [String(decoding: line, as: UTF8.self)] : DataTableRow.fields(of: line[...])
        return DataTableRow(line: lines.lineNumber, fields: fields)
    }

    /// The next row's line number and bytes, unsplit, or `nil` at the end: for a reader that
    /// parses its fields as bytes (`DataTableRow.fieldRanges(of:into:)`).
    /// - Complexity: O(n) in the line's length.
    package mutating func nextLine() -> (line: Int, bytes: [UInt8])? {
        if let pending = pending.popLast() { return pending }
        guard let line = lines.next() else { return nil }
        return (lines.lineNumber, line)
    }

    /// Whether `line` may stand before a header: blank, or a `#` note.
    private static func isPreamble(_ line: [UInt8]) -> Bool {
        let first = line.first { $0 != 0x20 && $0 != 0x09 }
        return first == nil || first == UInt8(ascii: "#")
    }
}
