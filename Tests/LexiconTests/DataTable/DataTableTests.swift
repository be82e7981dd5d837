import Testing

@testable import Lexicon

@Suite struct DataTableTests {
    func rows(_ text: String, plain: Bool = true) throws -> (DataTableHeader?, [DataTableRow]) {
        var table = try DataTable(
            lines: ByteLineReader(bytes: Array(text.utf8)), file: "f.tsv", requiring: ["text"], plainTextAllowed: plain)
        var rows: [DataTableRow] = []
        while let row = table.next() { rows.append(row) }
        return (table.header, rows)
    }

    @Test(arguments: ["text", "\u{FEFF}text", "Text", "text ", " TEXT\tid", "id\ttext"])
    func headersAreRecognisedByName(header: String) throws {
        let (found, rows) = try rows("\(header)\n#MeToo liar\n")
        #expect(found != nil)
        #expect(rows.map(\.line) == [2])
        #expect(rows.first?.fields.contains("#MeToo liar") == true)
    }

    @Test func everyLineEndingIsALineBreak() throws {
        let (_, rows) = try rows("one\rtwo\r\nthree\nfour")
        #expect(rows.map(\.fields) == [["one"], ["two"], ["three"], ["four"]])
        #expect(rows.map(\.line) == [1, 2, 3, 4])
    }

    @Test func aCRLFSplitAcrossReadsIsOneBreak() throws {
        let text = String(repeating: "x", count: ByteLineReader.chunkSize - 1) + "\r\nnext\n"
        var reader = ByteLineReader(bytes: Array(text.utf8))
        #expect(reader.next()?.count == ByteLineReader.chunkSize - 1)
        #expect(reader.next() == Array("next".utf8))
        #expect(reader.next() == nil)
    }

    @Test func withoutAHeaderEveryLineIsAText() throws {
        let (header, rows) = try rows("#MeToo liar\n\nyou idiot\n")
        #expect(header == nil)
        #expect(rows.map(\.fields) == [["#MeToo liar"], [""], ["you idiot"]])
    }

    @Test func thePreambleBeforeAHeaderIsSkipped() throws {
        let (header, rows) = try rows("# licence\n\n# note\nid\ttext\n7\thi\n")
        #expect(header?.columns == ["id", "text"])
        #expect(rows.map(\.line) == [5])
    }

    @Test func aRequiredHeaderThatIsMissingNamesTheColumns() {
        #expect(throws: DataTableError.self) { _ = try rows("a\tb\nx\ty\n", plain: false) }
    }
}
