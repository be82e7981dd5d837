import Lexicon

/// A `tests/*.tsv` file of a lexicon folder as text, to which `threadscan lexicon case add` adds
/// one case without disturbing what is there: comments, the header and every other line stay as
/// they are; the new row goes in at its place in byte order when the rows are sorted by text, and
/// at the end otherwise.
package struct LexiconCaseFile: Sendable {
    /// The header of a new tests file.
    package static let header = "text\texpect\tparent"

    /// Where the file is, as shown in messages.
    package var origin: String
    /// The file's lines, without their line breaks.
    private var lines: [String]
    /// The table as read.
    private let table: TSVTable
    private let textColumn: Int
    private let expectColumn: Int
    private let parentColumn: Int?
    /// The file's line break (`\r\n` when it has one, else `\n`), kept for the lines it adds.
    private let lineBreak: String

    /// Reads `text`, the contents of `origin`; an empty `text` is a new file with the standard header.
    /// - Throws: `LexiconCaseFileError` when the header does not name `text` and `expect`, or a line is malformed.
    package init(origin: String, text: String) throws(LexiconCaseFileError) {
        self.origin = origin
        let contents = text.isEmpty ? Self.header + "\n" : text
        do {
            table = try TSVTable(file: origin, text: contents, requiredColumns: 2)
        } catch {
            throw LexiconCaseFileError(description: error.description)
        }
        guard let textColumn = table.column(named: "text"), let expectColumn = table.column(named: "expect") else {
            throw LexiconCaseFileError(
                description: "\(origin): the header must name the columns text, expect and optionally parent")
        }
        self.textColumn = textColumn
        self.expectColumn = expectColumn
        parentColumn = table.column(named: "parent")
        lineBreak = contents.contains("\r\n") ? "\r\n" : "\n"
        lines = contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
    }

    /// The line of the case with this text and parent, if the file has one (compared without `[[ ]]` marks).
    package func line(ofText text: String, parent: String?) -> Int? {
        let wanted = Self.unmarked(text)
        return table.rows.first { row in
            Self.unmarked(row[textColumn]) == wanted && (parentColumn.map { row[$0] } ?? "") == (parent ?? "")
        }?.line
    }

    /// The file's text with the case added, and the case's line in it.
    /// - Throws: `LexiconCaseFileError` when the case has a parent and the file no parent column.
    package func adding(text: String, expect: String, parent: String?) throws(LexiconCaseFileError) -> (
        text: String, line: Int
    ) {
        if parent != nil, parentColumn == nil {
            throw LexiconCaseFileError(
                description:
                    "\(origin): the header has no parent column for the case's parent text; add one or use another file"
            )
        }
        var fields = [String](repeating: "", count: table.columns.count)
        fields[textColumn] = text
        fields[expectColumn] = expect
        if let parentColumn, let parent { fields[parentColumn] = parent }
        while fields.last == "", fields.count > max(textColumn, expectColumn) + 1 { fields.removeLast() }
        let row = fields.joined(separator: "\t")
        let texts = table.rows.map { $0[textColumn] }
        let sorted = zip(texts, texts.dropFirst()).allSatisfy {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) || $0 == $1
        }
        var index = lines.count
        if sorted,
            let next = table.rows.first(where: {
                Array(text.utf8).lexicographicallyPrecedes(Array($0[textColumn].utf8))
            })
        {
            index = next.line - 1
        }
        var updated = lines
        updated.insert(row, at: index)
        return (updated.joined(separator: lineBreak) + lineBreak, index + 1)
    }

    /// `text` without its `[[` and `]]` evidence marks.
    private static func unmarked(_ text: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let pair = index + 1 < utf8.count && utf8[index] == utf8[index + 1]
            if pair, utf8[index] == UInt8(ascii: "[") || utf8[index] == UInt8(ascii: "]") {
                index += 2
                continue
            }
            bytes.append(utf8[index])
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What keeps a case from being added to a tests file.
package struct LexiconCaseFileError: Error, CustomStringConvertible, Sendable {
    /// `file: what is wrong`.
    package var description: String
}
