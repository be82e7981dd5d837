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
    ///
    /// Lines and fields are cut on the UTF-8 bytes: every line break (LF, CR, CRLF, VT, FF, NEL,
    /// U+2028, U+2029) and the tab are characters of their own, so this cuts where splitting the
    /// characters would; each field is then trimmed of spaces as characters.
    /// - Complexity: O(n) in the length of `text`.
    package init(file: String, text: String, requiredColumns: Int) throws(LexiconError) {
        self.file = file
        columns = []
        rows = []
        var text = text
        let lines = text.withUTF8 { Self.lines(of: $0) }
        var sawHeader = false
        for (offset, line) in lines.enumerated() {
            let lineNumber = offset + 1
            guard !Self.isSkipped(line) else { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(Substring(String(decoding: $0, as: UTF8.self)).trimmingSpaces())
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

    /// The lines of `bytes`, each without its break (and the first without a byte-order mark),
    /// every break ending one line, so that a final break is followed by an empty line.
    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [ArraySlice<UInt8>] {
        let all = Array(bytes)
        var lines: [ArraySlice<UInt8>] = []
        var start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while index < all.count {
            let byte = all[index]
            var width = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C: width = 1
            case 0x0D: width = index + 1 < all.count && all[index + 1] == 0x0A ? 2 : 1
            case 0xC2 where index + 1 < all.count && all[index + 1] == 0x85: width = 2
            case 0xE2 where index + 2 < all.count && all[index + 1] == 0x80 && (all[index + 2] == 0xA8 || all[index + 2] == 0xA9):
                width = 3
            default: break
            }
            if width == 0 {
                index += 1
                continue
            }
            lines.append(all[start..<index])
            index += width
            start = index
        }
        lines.append(all[start..<all.count])
        return lines
    }

    /// Whether `line` is blank or a `#` comment (after leading spaces and tabs). A `#` that a
    /// combining mark joins is not a comment sign, as a character comparison sees it.
    private static func isSkipped(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return true }
        guard line[first] == UInt8(ascii: "#") else { return false }
        let next = line.index(after: first)
        guard next < line.endIndex, line[next] >= 0x80 else { return true }
        let rest = String(decoding: line[first...], as: UTF8.self)
        return rest.hasPrefix("#")
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
