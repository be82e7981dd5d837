import Analysis
import Foundation
import Testing

@testable import Reports

@Suite struct JSONReporterTests {
    static func parsed(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func theFieldsOtherToolsRelyOnAreThere() throws {
        let text = JSONReporter().report([try ReportFixture.report()])
        let json = try #require(try Self.parsed(text) as? [String: Any])
        #expect(json["schema"] as? String == "threadscan.report/1")
        let posts = try #require(json["posts"] as? [[String: Any]])
        #expect(posts.map { $0["index"] as? Int } == [0, 1, 2, 3, 4])
        let harsh = try #require(posts[3]["incivility"] as? [String: Any])
        #expect(harsh["score"] as? Double == 0.82)
        #expect(harsh["severity"] as? String == "high")
        #expect(harsh["categories"] as? [String] == ["insult"])
        #expect(harsh["target"] as? String == "participant")
        let evidence = try #require((harsh["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["text"] as? String == "idiot")
        let stances = posts.map { ($0["stance"] as? [String: Any])?["reply"] as? String }
        #expect(stances == [nil, "query", "support", "deny", "deny"])
        let targets = try #require((posts[2]["stance"] as? [String: Any])?["targets"] as? [[String: Any]])
        #expect(targets.first?["target"] as? String == "council")
        #expect(targets.first?["stance"] as? String == "against")
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.map { [$0["from"] as? Int, $0["to"] as? Int] } == [[1, 0], [2, 1], [3, 2], [4, 3]])
        #expect(edges.map { $0["kind"] as? String } == ["mention", "cue", "quote", "cue"])
        #expect(edges[2]["confidence"] as? Double == 0.95)
        #expect(edges[2]["latency"] as? Int == 480)
        #expect(edges[1]["evidence"] as? String == "opens with \"Yeah\"")
        let queue = try #require(json["queue"] as? [[String: Any]])
        #expect(queue.map { $0["post"] as? Int } == [3, 2, 4])
        #expect(queue.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false })
        #expect(queue.first?["priority"] as? Int == 49 + 20 + 6 + 10)
    }

    @Test func theWholeReportMatchesItsGoldenFile() throws {
        try ReportGolden.check(JSONReporter().report([try ReportFixture.report()]), name: "ferry.json")
    }

    @Test func severalThreadsMakeAnArrayAndNoneAnEmptyOne() throws {
        let report = try ReportFixture.report()
        let two = try #require(try Self.parsed(JSONReporter().report([report, report])) as? [[String: Any]])
        #expect(two.count == 2)
        #expect(try Self.parsed(JSONReporter().report([])) as? [Any] != nil)
    }

    @Test func jsonLinesWriteOneCompactThreadPerLine() throws {
        let report = try ReportFixture.report()
        let text = JSONLinesReporter().report([report, report])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines.last == "")
        for line in lines.dropLast() {
            let json = try #require(try Self.parsed(String(line)) as? [String: Any])
            #expect(json["schema"] as? String == "threadscan.report/1")
        }
    }
}

/// `omittedEvidence` follows `evidence` only when a result counted some evidence instead of listing it.
@Suite struct OmittedEvidenceJSONTests {
    static func incivility(pieces: Int) -> IncivilityResult {
        let evidence = (0..<pieces).map {
            Evidence(start: $0, end: $0 + 1, text: "x", source: .entry, name: "idiot", contribution: 0.1)
        }
        return IncivilityResult(score: 0.9, severity: .high, categories: ["insult"], target: nil, evidence: evidence)
    }

    static func keys(_ result: IncivilityResult) throws -> (keys: [String], omitted: Any?) {
        var writer = JSONWriter(pretty: false)
        ThreadReportJSON.incivility(result, into: &writer)
        let text = String(decoding: writer.bytes, as: UTF8.self)
        let json = try #require(try JSONReporterTests.parsed(text) as? [String: Any])
        let keys = ["score", "severity", "categories", "target", "evidence", "omittedEvidence"].filter {
            text.contains("\"\($0)\":")
        }
        return (keys, json["omittedEvidence"])
    }

    @Test func aCountedRemainderIsWrittenAfterTheEvidence() throws {
        let (keys, omitted) = try Self.keys(Self.incivility(pieces: OmittedEvidence.listedPerName + 5))
        #expect(keys.last == "omittedEvidence")
        let first = try #require((omitted as? [[String: Any]])?.first)
        #expect(first["source"] as? String == "entry")
        #expect(first["name"] as? String == "idiot")
        #expect(first["count"] as? Int == 5)
    }

    @Test func aResultThatListsEverythingHasNoSuchKey() throws {
        let (keys, omitted) = try Self.keys(Self.incivility(pieces: OmittedEvidence.listedPerName))
        #expect(keys == ["score", "severity", "categories", "target", "evidence"])
        #expect(omitted == nil)
    }
}
