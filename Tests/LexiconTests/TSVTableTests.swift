import Testing

@testable import Lexicon

@Suite struct TSVTableTests {
    @Test func readsHeaderRowsAndSkipsComments() throws {
        let table = try TSVTable(
            file: "x.tsv",
            text: "\u{FEFF}# a comment\nterm\tweight\n\nidiot\t0.5\r\n  # indented comment\nclown\t0.4\n",
            requiredColumns: 2
        )
        #expect(table.columns == ["term", "weight"])
        #expect(table.rows.map(\.fields) == [["idiot", "0.5"], ["clown", "0.4"]])
        #expect(table.rows.map(\.line) == [4, 6])
        #expect(table.column(named: "weight") == 1)
    }

    @Test func missingTabNamesFileAndLine() {
        #expect(throws: LexiconError.self) {
            try TSVTable(file: "x.tsv", text: "term\tweight\nidiot 0.5\n", requiredColumns: 2)
        }
        do {
            _ = try TSVTable(file: "x.tsv", text: "term\tweight\nidiot 0.5\n", requiredColumns: 2)
        } catch {
            #expect(error.description.hasPrefix("x.tsv:2: expected 2 tab-separated fields"))
        }
    }

    @Test func tooManyFieldsAndEmptyFile() {
        do {
            _ = try TSVTable(file: "x.tsv", text: "term\tweight\na\t1\textra\n", requiredColumns: 2)
            Issue.record("expected an error")
        } catch {
            #expect(
                error == .malformed(file: "x.tsv", line: 2, message: "expected at most 2 tab-separated fields, found 3")
            )
        }
        do {
            _ = try TSVTable(file: "x.tsv", text: "# only comments\n\n", requiredColumns: 2)
            Issue.record("expected an error")
        } catch {
            #expect(error == .empty(file: "x.tsv"))
            #expect(error.description == "x.tsv:1: empty file; expected a header line naming the columns")
        }
    }
}
