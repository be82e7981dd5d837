import Analysis
import Foundation
import Testing

@testable import Reports

/// The three kinds of `threadscan.line/1` line `scan --jsonl-in` writes, against a golden file.
@Suite struct LineReportJSONTests {
    static func lines() throws -> String {
        let report = try ReportFixture.report()
        return LineReportJSON.pointer(
            line: 1, id: .string("ferry-p1"), thread: "ferry", reportLine: 3, reportID: .int(3))
            + LineReportJSON.error(line: 2, id: .null, message: "empty line; expected a JSON object")
            + LineReportJSON.report(
                line: 3, id: .int(3), report: report, group: ("ferry", [.string("ferry-p1"), .int(3)]))
            + LineReportJSON.report(line: 4, id: .string("alone"), report: report)
    }

    @Test func eachLineIsOneCompactObjectWithTheSchemaLineAndID() throws {
        let lines = try Self.lines().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5 && lines.last == "")
        let objects = try lines.dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["schema"] as? String } == Array(repeating: "threadscan.line/1", count: 4))
        #expect(objects.map { $0["line"] as? Int } == [1, 2, 3, 4])
        #expect(
            lines[0].hasPrefix("{\"schema\":\"threadscan.line/1\",\"line\":1,\"id\":\"ferry-p1\",\"thread\":\"ferry\""))
        #expect(
            lines[1]
                == "{\"schema\":\"threadscan.line/1\",\"line\":2,\"id\":null,\"error\":\"empty line; expected a JSON object\"}"
        )
        let report = try #require(objects[2]["report"] as? [String: Any])
        #expect(report["schema"] as? String == "threadscan.report/1")
        #expect(
            String(lines[3]).contains(
                ",\"report\":" + ThreadReportJSON.value(try ReportFixture.report()).serialized() + "}"))
        #expect(objects[3]["thread"] == nil && objects[3]["records"] == nil)
    }

    @Test func theLinesMatchTheirGoldenFile() throws {
        try ReportGolden.check(try Self.lines(), name: "ferry.line.jsonl")
    }
}
