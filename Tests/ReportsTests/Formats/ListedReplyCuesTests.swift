import Analysis
import Foundation
import Lexicon
import Testing

@testable import Reports

/// A report lists a reply's strongest cues, in text order, and counts the rest.
@Suite struct ListedReplyCuesTests {
    static func cue(_ start: Int, _ contribution: Double) -> Evidence {
        Evidence(
            start: start, end: start + 1, text: "w\(start)", source: .rule, name: "word:w\(start)",
            category: "support", contribution: contribution)
    }

    @Test func aFewCuesAreAllListed() {
        let cues = (0..<ListedReplyCues.limit).map { Self.cue($0, Double($0)) }
        let listing = ListedReplyCues(cues)
        #expect(listing.listed == cues)
        #expect(listing.omittedCount == 0)
        #expect(listing.omittedContribution == 0)
    }

    @Test func theStrongestByMagnitudeAreKeptInTextOrder() {
        let contributions = [0.1, -2.0, 0.3, 1.5, -0.05, 0.9, 0.2, -1.1, 0.01, 0.6]
        let cues = contributions.indices.map { Self.cue($0, contributions[$0]) }
        let listing = ListedReplyCues(cues)
        let strongest = contributions.indices.sorted { abs(contributions[$0]) > abs(contributions[$1]) }
        let expected = strongest.prefix(ListedReplyCues.limit).sorted()
        #expect(listing.listed.map(\.start) == expected)
        #expect(listing.omittedCount == contributions.count - ListedReplyCues.limit)
        let rest = contributions.indices.filter { !expected.contains($0) }.reduce(0) { $0 + contributions[$1] }
        #expect(abs(listing.omittedContribution - rest) < 1e-12)
    }

    @Test func amongEqualCuesTheEarlierOnesWin() {
        let cues = (0..<(ListedReplyCues.limit * 3)).map { Self.cue($0, $0.isMultiple(of: 2) ? 0.5 : -0.5) }
        let listing = ListedReplyCues(cues)
        #expect(listing.listed.map(\.start) == Array(0..<ListedReplyCues.limit))
        #expect(listing.omittedCount == ListedReplyCues.limit * 2)
    }

    @Test func theReportCountsWhatItDoesNotList() throws {
        let thread = ReportFixture.thread
        var analyses = ReportFixture.analyses
        let many = (0..<(ListedReplyCues.limit + 4)).map { Self.cue($0, 1.0 + Double($0)) }
        analyses[1].replyStance = StanceResult(stance: .query, cues: many)
        let tree = ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: .defaults)).build(thread)
        let builder = ThreadReportBuilder(amplifiers: try AmplifierLexicon(bundle: .defaults), minimumSeverity: .low)
        let text = JSONReporter().report([builder.report(thread: thread, tree: tree, analyses: analyses)])
        let json = try #require(try JSONReporterTests.parsed(text) as? [String: Any])
        let posts = try #require(json["posts"] as? [[String: Any]])
        let stance = try #require(posts[1]["stance"] as? [String: Any])
        let listed = try #require(stance["replyCues"] as? [[String: Any]])
        #expect(listed.map { $0["start"] as? Int } == Array(4..<(ListedReplyCues.limit + 4)))
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
