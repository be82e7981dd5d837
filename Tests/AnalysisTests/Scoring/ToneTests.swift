import Analysis
import Lexicon
import Testing

/// Negative tone ranks texts inside their band and never moves one to another band. The default
/// lexicons without the learned incivility weights, which order texts inside a band too
/// (`WeightedIncivilityTests`), so that these see the tone rule alone.
@Suite struct ToneTests {
    static let analyzer = try! Analyzer(
        lexicons: LexiconBundle(
            files: LexiconBundle.defaults.files.values.filter { $0.path != FeatureWeights.Task.incivility.path }
                .sorted { $0.path < $1.path }))

    func score(_ text: String) -> IncivilityResult {
        Self.analyzer.analyze(text).incivility
    }

    @Test func negativeWordsRankACleanTextAboveANeutralOne() {
        let neutral = score("The meeting about the ferry timetable is on Tuesday.")
        let sharp = score("The new ferry timetable is a terrible, disastrous mess.")
        #expect(neutral.score == 0)
        #expect(sharp.score > 0)
        #expect(sharp.severity == .none)
        #expect(sharp.categories.isEmpty)
        #expect(sharp.target == nil)
        #expect(sharp.evidence.allSatisfy { $0.source == .rule && $0.name == "tone" })
    }

    @Test func toneNeverChangesTheBand() {
        for text in [
            "you are an idiot", "you are an idiot and this is a terrible, awful, disastrous, shameful mess",
            "what a silly idea", "what a silly, terrible, awful, dreadful, miserable idea",
        ] {
            let result = score(text)
            let cueScore = 1 - result.evidence.filter { $0.source == .entry }.reduce(1.0) { $0 * (1 - $1.contribution) }
            #expect(result.severity == Severity(score: cueScore), "\(text)")
            #expect(result.score < result.severity.upperCutoff || result.severity == .high, "\(text)")
        }
        #expect(score("you are an idiot and this is a terrible mess").score > score("you are an idiot").score)
    }

    @Test func negatedWordsAddNoTone() {
        #expect(score("The plan is not terrible.").score == 0)
    }
}
