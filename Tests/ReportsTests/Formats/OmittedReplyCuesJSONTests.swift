import Analysis
import Foundation
import Lexicon
import Testing

@testable import Reports

/// A report lists a reply's strongest cues, in text order, and counts the rest in
/// `omittedReplyCues`, whether or not the analysis already cut them.
@Suite struct OmittedReplyCuesJSONTests {
    @Test(arguments: [false, true]) func theReportCountsWhatItDoesNotList(cutByTheAnalysis: Bool) throws {
        let thread = ReportFixture.thread
        var analyses = ReportFixture.analyses
        let many = (0..<(StanceResult.listedCues + 4)).map {
            Evidence(
                start: $0, end: $0 + 1, text: "w", source: .rule, name: "word:w\($0)", contribution: 1.0 + Double($0))
        }
        analyses[1].replyStance = StanceResult(stance: .query, cues: many)
        if cutByTheAnalysis { analyses[1].replyStance?.keepStrongestCues() }
        let tree = ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: .defaults)).build(thread)
        let builder = ThreadReportBuilder(amplifiers: try AmplifierLexicon(bundle: .defaults), minimumSeverity: .low)
        let text = JSONReporter().report([builder.report(thread: thread, tree: tree, analyses: analyses)])
        let json = try #require(try JSONReporterTests.parsed(text) as? [String: Any])
        let posts = try #require(json["posts"] as? [[String: Any]])
        let stance = try #require(posts[1]["stance"] as? [String: Any])
        let listed = try #require(stance["replyCues"] as? [[String: Any]])
        #expect(listed.map { $0["start"] as? Int } == Array(4..<(StanceResult.listedCues + 4)))
        let omitted = try #require(stance["omittedReplyCues"] as? [String: Any])
        #expect(omitted["count"] as? Int == 4)
        let contribution = try #require(omitted["contribution"] as? Double)
        #expect(abs(contribution - (1 + 2 + 3 + 4)) < 1e-9)
        let other = try #require(posts[2]["stance"] as? [String: Any])
        #expect(other["omittedReplyCues"] == nil)
        let count = try #require(text.range(of: "\"omittedReplyCues\""))
        let cuesKey = try #require(
            text.range(of: "\"replyCues\"", options: .backwards, range: text.startIndex..<count.lowerBound))
        #expect(text[cuesKey.upperBound..<count.lowerBound].contains("\"targets\"") == false)
        #expect(text[count.upperBound...].contains("\"targets\""))
    }
}
