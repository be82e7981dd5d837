import Testing

@testable import Analysis

@Suite struct LexiconSuggestionsTests {
    @Test func phrasesAreRunsOfWordsBetweenClauseMarksWithoutHandlesOrLinks() {
        let phrases = LabeledPhrases(
            "@ann Don't be SO brain-dead, mate! see http://x.co/a?b=1 #SendThemBack", longest: 2
        )
        .phrases
        #expect(
            phrases == [
                "don't", "don't be", "be", "be so", "so", "so brain-dead", "brain-dead", "mate", "see", "sendthemback",
            ])
        #expect(LabeledPhrases("one two three", longest: 3).phrases.contains("one two three"))
        #expect(LabeledPhrases("Café crème", longest: 1).phrases == ["café", "crème"])
    }

    @Test func aPhraseOfTheMissedTextsIsProposedOnlyWhenItsMeasuredEffectHelps() throws {
        let text = """
            text\tlabel
            well done zorblax\t1
            cheers zorblax, again\t1
            zorblax again\t1
            a zorblax keeper\t0
            again the bus\t0
            late again today\t0

            """
        let set = try LabeledSet(file: "f.tsv", text: text)
        let settings = LexiconSuggestions.Settings(
            cutoff: 0.1, top: 5, minimumFired: 3, minimumMissed: 2, minimumPrecision: 0.5, weight: 0.3,
            category: "insult")
        let suggestions = LexiconSuggestions(set: set, analyzer: TestLexicon.analyzer, settings: settings)
        let added = try #require(suggestions.additions.first)
        #expect(added.entry.term.description == "zorblax")
        #expect(added.inMissed == 3 && added.holding == 4 && added.uncivil == 3)
        #expect(added.effect.caught.count == 3 && added.effect.flagged.count == 1)
        #expect(added.effect.f1 > suggestions.before)
        #expect(
            !suggestions.additions.contains { $0.entry.term.description == "again" },
            "in as many civil texts below the cut-off as missed ones")
        #expect(suggestions.cases.first?.expect.hasPrefix("band>=") == true)
    }
}
