import Lexicon
import Testing

@testable import Analysis

/// Words written otherwise than the lexicon writes them: text-speak, infixes, inflections,
/// sound-alike misspellings and hashtags run together.
@Suite struct SpellingVariantTests {
    static let analyzer: Analyzer = {
        var files = TestLexicon.files
        files["incivility.tsv"]! +=
            "screw you\t0.5\tinsult\nincompetent\t0.4\tinsult\nretard\t0.6\tinsult\n"
            + "send them back\t0.8\tidentity-attack\nwetback*\t0.9\tidentity-attack\nkill\t0.5\tthreat\n"
        files["spellings.tsv"] = "spelling\treads\nu\tyou\nur\tyour\nur\tyou're\n"
        return try! Analyzer(lexicons: LexiconBundle(texts: files))
    }()

    func entries(_ text: String) -> [String] {
        Self.analyzer.analyze(text).incivility.evidence.filter { $0.source == .entry }.map(\.name)
    }

    @Test func textSpeakReadsAsTheWord() {
        #expect(entries("screw u") == ["screw you"])
        #expect(Self.analyzer.analyze("ur stupid").incivility.target == .participant)
        #expect(entries("thank u") == [])
    }

    @Test func anInfixIsFoundInsideAHyphenatedWord() {
        #expect(entries("fina-fucking-lly") == ["fuck*"])
        #expect(entries("a well-thought-out reply") == [])
    }

    @Test func inflectionsOfOneWordEntriesOtherThanThreats() {
        #expect(entries("such retardation") == ["retard"])
        #expect(entries("the killing of the king") == [])
        #expect(entries("the classification") == [])
    }

    @Test func longWordsMisspeltByEar() {
        #expect(SoundKey.key(of: Array("imbosile".utf8)) == SoundKey.key(of: Array("imbecile".utf8)))
        #expect(SoundKey.key(of: Array("retarded".utf8)) != SoundKey.key(of: Array("regarded".utf8)))
        #expect(SoundKey.key(of: Array("moaning".utf8)) == nil)
        #expect(entries("so incompetant") == ["incompetent"])
    }

    @Test func hashtagsSplitAtCamelCaseOrIntoLexiconWords() {
        #expect(entries("#SendThemBack") == ["send them back"])
        #expect(entries("#SENDTHEMBACK") == ["send them back"])
        #expect(entries("#sendthemback now") == ["send them back"])
        #expect(entries("#wetbacks") == ["wetback*"])
        let evidence = Self.analyzer.analyze("so #SendThemBack").incivility.evidence.first { $0.source == .entry }
        #expect(evidence?.text == "#SendThemBack")
    }

    @Test func aSplitIsTheSameAsTheWordsWritten() {
        var text = "#GoHomeNow"
        let tokens = text.withUTF8 { TokenizedText($0, vocabulary: Self.analyzer.index.vocabulary).tokens }
        #expect(tokens.map { Int($0.end - $0.start) } == [3, 4, 3])
    }
}
