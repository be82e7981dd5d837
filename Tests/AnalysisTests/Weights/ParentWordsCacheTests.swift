import Testing

@testable import Analysis

/// A parent's words are read once for all its replies, and a reply's stance is the same whatever
/// the analyzer read before it (parents that differ only in their bytes, a letter composed or
/// written with a combining accent, among them).
@Suite struct ParentWordsCacheTests {
    static let parents = [
        "The café on Main Street is closing, is that really the plan?",
        "The cafe\u{301} on Main Street is closing, is that really the plan?",
        "I agree with the council about the budget for the branch library.",
        "Nobody asked for the new bus route through the estate.",
        "The café on Main Street is closing, is that really the plan?",
        "Thanks for the survey results, the garage closure makes sense now.",
        "Is the homework club moving to the central branch on Tuesday?",
    ]
    static let reply = "No, the café on Main Street is not closing, the plan was dropped after the survey."

    @Test func aReplyScoresAsIfEachParentWereReadAfresh() throws {
        let fresh = try Self.parents.map {
            try Analyzer(lexicons: .defaults).analyze(Self.reply, context: AnalysisContext(parentText: $0))
        }
        let shared = try Analyzer(lexicons: .defaults)
        for round in 0..<3 {
            for (parent, expected) in zip(Self.parents, fresh) {
                let seen = shared.analyze(Self.reply, context: AnalysisContext(parentText: parent))
                #expect(seen == expected, "round \(round), parent: \(parent)")
            }
        }
    }

    @Test func theCacheGivesEachParentItsOwnWordsPastItsCapacity() {
        let cache = ParentWordsCache()
        let vocabulary = TestLexicon.analyzer.index.vocabulary
        let order = (0..<(ParentWordsCache.capacity * 5)).map { ($0 * 3 + $0 / 4) % Self.parents.count }
        for index in order {
            let read = ParentWords(Self.parents[index], vocabulary: vocabulary)
            let kept = cache.words(of: Self.parents[index], vocabulary: vocabulary)
            #expect(kept.runs == read.runs, "parent \(index)")
            #expect(kept.asks == read.asks, "parent \(index)")
        }
    }
}
