import Testing

@testable import Analysis

@Suite struct TermMatchingTests {
    @Test(arguments: [
        "Scunthorpe", "assassin", "classic", "cockpit", "therapist", "Dickens", "hello", "shell", "passive aggressive",
        "the class assembled", "a hellish commute", "Essex", "idiom", "shitake mushrooms",
    ])
    func wordsContainingATermDoNotMatchIt(text: String) {
        #expect(TestLexicon.terms(text) == [])
    }

    @Test(arguments: [
        ("what an idiot", "idiot*"), ("IDIOTIC", "idiot*"), ("idiots", "idiots"), ("idiooooot", "idiot*"),
        ("1d10t", "idiot*"), ("5tup1d", "stupid"), ("f*ck", "fuck*"), ("f**k", "fuck*"), ("sh!t", "shit"),
        ("$hit", "shit"), ("s t u p i d", "stupid"), ("s.t.u.p.i.d", "stupid"), ("s-t-u-p-i-d", "stupid"),
        ("stuuuupid", "stupid"), ("the idiot's plan", "idiot*"), ("Idiot!!!", "idiot*"), ("fuuuuck", "fuck*"),
        ("ＩＤＩＯＴ", "idiot*"), ("l1ar", "liar*"),
    ])
    func obfuscatedWordsMatch(text: String, term: String) {
        #expect(TestLexicon.terms(text) == [term])
    }

    @Test func multiWordTermsWinOverTheirParts() {
        #expect(TestLexicon.terms("that was so stupid") == ["so stupid"])
        #expect(TestLexicon.terms("so, stupid") == ["stupid"])
        #expect(TestLexicon.terms("I will kill you") == ["i will kill you"])
    }

    @Test func exactEntryWinsOverAPrefixEntryOfTheSameLength() {
        #expect(TestLexicon.terms("idiots") == ["idiots"])
        #expect(TestLexicon.terms("idiotic") == ["idiot*"])
    }

    @Test func evidenceOffsetsPointIntoTheOriginalText() {
        let text = "🙂 Ｏｋ, you're an ＩＤＩＯＴ"
        let evidence = TestLexicon.analyzer.analyze(text).incivility.evidence.first { $0.source == .entry }
        let bytes = Array(text.utf8)
        #expect(evidence.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == "ＩＤＩＯＴ")
        #expect(evidence?.text == "ＩＤＩＯＴ")
    }

    @Test func spacedLettersThatSpellNothingStayApart() {
        #expect(TestLexicon.terms("a b c d") == [])
        #expect(TestLexicon.terms("I s t u p i d") == [])
    }

    @Test func tokensKeepByteOffsets() {
        let text = "Don’t @bob say f*ck!"
        let index = TestLexicon.analyzer.index
        let tokens = index.tokenize(text).tokens
        let bytes = Array(text.utf8)
        let words = tokens.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        #expect(words == ["Don’t", "@bob", "say", "f*ck", "!"])
        #expect(tokens[1].flags.contains(.mention))
        #expect(tokens[3].flags.contains(.obfuscated))
    }
}
