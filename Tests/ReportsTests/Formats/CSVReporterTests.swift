import Analysis
import Testing

@testable import Reports

@Suite struct CSVReporterTests {
    /// A plain RFC 4180 reader, to check that what is written reads back.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("\u{FF1D}1+2", "'\u{FF1D}1+2"),
        ("\u{FF0B}1", "'\u{FF0B}1"),
        ("\u{FF0D}1", "'\u{FF0D}1"),
        ("\u{FF20}SUM(A1)", "'\u{FF20}SUM(A1)"),
        ("\u{2212}1", "'\u{2212}1"),
        ("x\u{FF1D}1", "x\u{FF1D}1"),
        ("", ""),
    ])
    func fieldsAreQuotedAndDefused(input: String, expected: String) {
        #expect(CSVField.escape(input) == expected)
    }

    @Test func onePostPerRowReadsBack() throws {
        let text = CSVReporter().report([try ReportFixture.report()])
        let rows = Self.rows(text)
        #expect(rows.count == 6)
        #expect(rows[0] == CSVReporter.columns)
        #expect(rows.allSatisfy { $0.count == CSVReporter.columns.count })
        let harsh = rows[4]
        #expect(harsh[2] == "3")
        #expect(harsh[3] == "'=cy")
        #expect(harsh[7] == "high")
        #expect(harsh[12] == "1")
        #expect(harsh.last?.hasPrefix("'=HYPERLINK") == true)
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func theMinimumSeverityLeavesOutMilderRows() throws {
        let text = CSVReporter().report([try ReportFixture.report()], options: ReportOptions(minimumSeverity: .medium))
        #expect(Self.rows(text).dropFirst().map { $0[2] } == ["2", "3"])
    }

    @Test func theWholeReportMatchesItsGoldenFile() throws {
        try ReportGolden.check(CSVReporter().report([try ReportFixture.report()]), name: "ferry.csv")
    }
}
