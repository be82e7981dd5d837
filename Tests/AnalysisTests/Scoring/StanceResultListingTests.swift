import Foundation
import Lexicon
import TestSupport
import Testing

@testable import Analysis

/// A reply's result keeps its strongest cues, in text order, and counts the rest.
@Suite struct StanceResultListingTests {
    static func cue(_ start: Int, _ contribution: Double) -> Evidence {
        Evidence(
            start: start, end: start + 1, text: "w\(start)", source: .rule, name: "word:w\(start)",
            category: "support", contribution: contribution)
    }

    static func kept(_ cues: [Evidence]) -> StanceResult {
        var result = StanceResult(stance: .support, cues: cues)
        result.keepStrongestCues()
        return result
    }

    @Test func aFewCuesAreAllKept() {
        let cues = (0..<StanceResult.listedCues).map { Self.cue($0, Double($0)) }
        let result = Self.kept(cues)
        #expect(result.cues == cues)
        #expect(result.omittedCueCount == 0)
        #expect(result.omittedCueContribution == 0)
    }

    @Test func theStrongestByMagnitudeAreKeptInTextOrder() {
        let contributions = [0.1, -2.0, 0.3, 1.5, -0.05, 0.9, 0.2, -1.1, 0.01, 0.6]
        let result = Self.kept(contributions.indices.map { Self.cue($0, contributions[$0]) })
        let strongest = contributions.indices.sorted { abs(contributions[$0]) > abs(contributions[$1]) }
        let expected = strongest.prefix(StanceResult.listedCues).sorted()
        #expect(result.cues.map(\.start) == expected)
        #expect(result.omittedCueCount == contributions.count - StanceResult.listedCues)
        let rest = contributions.indices.filter { !expected.contains($0) }.reduce(0) { $0 + contributions[$1] }
        #expect(abs(result.omittedCueContribution - rest) < 1e-12)
    }

    @Test func amongEqualCuesTheEarlierOnesStay() {
        let result = Self.kept(
            (0..<(StanceResult.listedCues * 3)).map { Self.cue($0, $0.isMultiple(of: 2) ? 0.5 : -0.5) })
        #expect(result.cues.map(\.start) == Array(0..<StanceResult.listedCues))
        #expect(result.omittedCueCount == StanceResult.listedCues * 2)
    }

    @Test func keepingTwiceCountsOnce() {
        var result = Self.kept((0..<12).map { Self.cue($0, Double($0)) })
        let once = result
        result.keepStrongestCues()
        #expect(result == once)
        #expect(result.omittedCueCount == 12 - StanceResult.listedCues)
    }

    @Test func aResultSavedWithoutTheCountsDecodes() throws {
        let saved = #"{"stance":"deny","cues":[],"scores":[]}"#
        let result = try JSONDecoder().decode(StanceResult.self, from: Data(saved.utf8))
        #expect(result.stance == .deny)
        #expect(result.omittedCueCount == 0)
        #expect(result.omittedCueContribution == 0)
    }

    static let analyzer = try! Analyzer(lexicons: .defaults)
    static let pieces = [
        "yes", "Yeah,", "exactly", "agreed", "no", "not true", "fake", "#fakenews", "why", "source?", "?", "!",
        "http://example.org/x", "RT", "@ana", "the", "plan", "is", "stupid", "you", "idiot", "but", "really", "lol",
        "I", "think", "so", "police", "said", "confirmed", "hoax", "wait", "what", ".", ",",
    ]

    /// An analysis asked to keep the listed cues builds only those, yet lists exactly what keeping
    /// them from the full result gives: the same cues, counts and omitted sum, to the last bit
    /// (the clear-cue rule included, which is added after the weighted cues).
    @Test(arguments: 0..<3)
    func theAnalyzerListsWhatKeepingFromTheFullResultLists(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        var trimmed = 0
        for _ in 0..<150 {
            let parent = random.text(of: Self.pieces, lengths: 0...20, separator: " ")
            let reply = random.text(of: Self.pieces, lengths: 0...40, separator: " ")
            var context = AnalysisContext(parentText: parent, participants: ["ana"])
            var full = try #require(Self.analyzer.analyze(reply, context: context).replyStance)
            full.keepStrongestCues()
            context.listedReplyCues = StanceResult.listedCues
            let listed = try #require(Self.analyzer.analyze(reply, context: context).replyStance)
            #expect(listed == full, "\(reply) replying to \(parent)")
            if full.omittedCueCount > 0 { trimmed += 1 }
        }
        #expect(trimmed > 20)
    }
}
