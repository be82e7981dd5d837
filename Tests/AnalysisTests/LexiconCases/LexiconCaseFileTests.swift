import Testing

@testable import Analysis

@Suite struct LexiconCaseFileTests {
    @Test func aNewFileGetsTheHeaderAndTheRow() throws {
        let added = try LexiconCaseFile(origin: "t.tsv", text: "").adding(text: "hi", expect: "band=none", parent: nil)
        #expect(added.text == "text\texpect\tparent\nhi\tband=none\n")
        #expect(added.line == 2)
    }

    @Test func aSortedFileStaysSortedAndItsCommentsAndLineBreaksStay() throws {
        let text = "# ours\r\ntext\texpect\r\napple\tband=none\r\n# the z cases\r\nzebra\tband=none\r\n"
        let added = try LexiconCaseFile(origin: "t.tsv", text: text).adding(
            text: "mango", expect: "band=low", parent: nil)
        #expect(
            added.text
                == "# ours\r\ntext\texpect\r\napple\tband=none\r\n# the z cases\r\nmango\tband=low\r\nzebra\tband=none\r\n"
        )
        #expect(added.line == 5)
    }

    @Test func aCaseIsFoundByItsTextWithoutMarksAndItsParent() throws {
        let file = try LexiconCaseFile(
            origin: "t.tsv", text: "text\texpect\tparent\nyou [[idiot]]\tband>=low\nno\tstance=deny\tIt is open.\n")
        #expect(file.line(ofText: "you idiot", parent: nil) == 2)
        #expect(file.line(ofText: "no", parent: "It is open.") == 3)
        #expect(file.line(ofText: "no", parent: nil) == nil)
    }

    @Test func aHeaderWithoutTheColumnsIsRefused() {
        #expect(throws: LexiconCaseFileError.self) {
            try LexiconCaseFile(origin: "t.tsv", text: "term\tweight\nx\t1\n")
        }
    }
}
