import Testing

@testable import Analysis

@Suite struct LexiconCaseRunnerTests {
    let runner = LexiconCaseRunner(analyzer: TestLexicon.analyzer)

    func failures(_ text: String, _ expect: String, parent: String? = nil, variant: LexiconCaseVariant = .plain) throws
        -> [String]
    {
        runner.failures(of: try LexiconCase(origin: "t.tsv:2", text: text, expect: expect, parent: parent), in: variant)
    }

    @Test func passingAndFailingChecks() throws {
        #expect(try failures("you are an [[idiot]]", "band>=medium;category=insult;target=participant") == [])
        #expect(
            try failures("that plan is idiotic", "band=none") == [
                "t.tsv:2: expected band=none, got band=medium (score 0.4)"
            ])
        #expect(
            try failures("you idiot", "nocategory=insult") == [
                "t.tsv:2: expected nocategory=insult, got categories [insult]"
            ])
        #expect(
            try failures("yeah", "stance=deny", parent: "it is") == [
                "t.tsv:2: expected stance=deny, got stance=support"
            ])
    }

    @Test func markedSpansMustOverlapEvidence() throws {
        #expect(try failures("[[you]] are an idiot", "band>=low") == [])
        #expect(
            try failures("you are an idiot [[today]]", "band>=low").first?.contains(
                "expected evidence on 'today' (bytes 17..<22)") == true)
        #expect(try failures("[[you]] are an idiot", "band>=low", variant: .emojiPrefix) == [])
    }

    @Test func allCapsMayRaiseTheBandButNotLowerIt() throws {
        #expect(try failures("you are silly", "band=low", variant: .allCaps) == [])
        #expect(try failures("you are silly", "band<=low", variant: .allCaps) == [])
        #expect(try failures("hello there", "band=none", variant: .allCaps) == [])
    }

    @Test func theQuotingReplyMustScoreNone() throws {
        #expect(try failures("you idiot", "band>=medium", variant: .quoted) == [])
    }

    @Test(arguments: [
        ("x", "band=awful", "unknown band 'awful': expected none, low, medium or high"),
        (
            "x", "colour=red",
            "unknown check 'colour': expected band, category, nocategory, target, stance, targetstance or variants"
        ),
        ("x", "stance=deny", "a stance check needs the parent text in the parent column"),
        ("x", "", "no checks in expect: write e.g. band=none or band>=low;category=insult"),
        ("[[x", "band=none", "'[[' without ']]'"),
        ("x", "target>=group", "only band takes >= or <=, not 'target>=group'"),
    ])
    func malformedCases(text: String, expect: String, message: String) {
        #expect(throws: LexiconCaseError.self) {
            try LexiconCase(origin: "t.tsv:2", text: text, expect: expect, parent: nil)
        }
        do {
            _ = try LexiconCase(origin: "t.tsv:2", text: text, expect: expect, parent: nil)
        } catch {
            #expect(error.description == message)
        }
    }
}
