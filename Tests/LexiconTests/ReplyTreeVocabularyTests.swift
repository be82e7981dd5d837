import Testing

@testable import Lexicon

@Suite struct ReplyTreeVocabularyTests {
    static func bundle(_ path: String, _ text: String) -> LexiconBundle {
        LexiconBundle(files: [LexiconBundle.File(path: path, origin: path, text: text)])
    }

    @Test func theDefaultsHaveCuesLongestFirstAndTimeWords() throws {
        let vocabulary = try ReplyTreeVocabulary(bundle: .defaults)
        let terms = vocabulary.cues.map(\.term)
        #expect(terms.contains("yeah"))
        #expect(terms.contains("no,"))
        #expect(zip(terms, terms.dropFirst()).allSatisfy { $0.utf8.count >= $1.utf8.count })
        #expect(vocabulary.times.units[Array("minutes".utf8)] == 60)
        #expect(vocabulary.times.agoWords.contains(Array("ago".utf8)))
        #expect(vocabulary.postWords.contains("post"))
    }

    @Test func rowsAreReadByRole() throws {
        let vocabulary = try ReplyTreeVocabulary(
            bundle: LexiconBundle(files: [
                .init(
                    path: "replytree.tsv", origin: "replytree.tsv", text: "term\trole\tvalue\nSure thing\tcue\t0.4\n"),
                .init(path: "times.tsv", origin: "times.tsv", text: "term\trole\tvalue\nfortnight\tunit\t1209600\n"),
            ])
        )
        #expect(vocabulary.cues == [.init(term: "sure thing", confidence: 0.4, origin: "replytree.tsv:2")])
        #expect(vocabulary.times.units == [Array("fortnight".utf8): 1_209_600])
    }

    @Test func anUnknownRoleNamesFileAndLine() {
        #expect(
            throws: LexiconError.malformed(
                file: "replytree.tsv", line: 3, message: ReplyTreeVocabulary.unknownRole("kue"))
        ) {
            try ReplyTreeVocabulary(
                bundle: Self.bundle("replytree.tsv", "term\trole\tvalue\nyes\tcue\t0.5\nno\tkue\t0.5\n"))
        }
    }

    @Test func aTimeRoleInReplytreeNamesTimesTSV() {
        #expect(
            throws: LexiconError.malformed(
                file: "replytree.tsv", line: 2, message: ReplyTreeVocabulary.movedToTimes("unit"))
        ) {
            try ReplyTreeVocabulary(
                bundle: Self.bundle("replytree.tsv", "term\trole\tvalue\nfortnight\tunit\t1209600\n"))
        }
    }

    @Test func aCueConfidenceAboveOneIsRejected() {
        #expect(
            throws: LexiconError.malformed(
                file: "replytree.tsv", line: 2, message: ReplyTreeVocabulary.badConfidence("1.5"))
        ) {
            try ReplyTreeVocabulary(bundle: Self.bundle("replytree.tsv", "term\trole\tvalue\nyes\tcue\t1.5\n"))
        }
    }

    @Test func aMissingFileGivesAnEmptyVocabulary() throws {
        #expect(try ReplyTreeVocabulary(bundle: LexiconBundle(files: [])) == ReplyTreeVocabulary())
    }

    @Test func amplifierWeightsIgnoreCaseAndDefaultToZero() throws {
        let lexicon = try AmplifierLexicon(bundle: .defaults)
        #expect(lexicon.weight(of: "thumbs up") == 1)
        #expect(lexicon.weight(of: "Sad") == 0)
        #expect(lexicon.weight(of: "Unheard Of") == 0)
    }

    @Test func aBadAmplifierWeightNamesFileAndLine() {
        #expect(
            throws: LexiconError.malformed(
                file: "reactions.tsv", line: 2, message: ReplyTreeVocabulary.badValue("lots"))
        ) {
            try AmplifierLexicon(
                bundle: Self.bundle("reactions.tsv", "name\tvalence\tamplifies\nLike\tpositive\tlots\n"))
        }
    }

    @Test func aReactionWithoutAWeightCountsByItsValence() throws {
        let lexicon = try AmplifierLexicon(
            bundle: Self.bundle("reactions.tsv", "name\tvalence\tamplifies\nCheers\tpositive\nBoo\tnegative\n"))
        #expect(lexicon.weight(of: "cheers") == 1)
        #expect(lexicon.weight(of: "Boo") == 0)
    }
}
