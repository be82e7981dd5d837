import Testing

@testable import Serve

@Suite struct SentenceSpansTests {
    private func pieces(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSpans(text).spans.map { span in
            String(String.UnicodeScalarView(scalars[span.begin..<span.end]))
        }
    }

    @Test func cutsAfterSentenceEndsAndLineBreaksKeepingTheSpaceBefore() {
        #expect(pieces("One. Two!! Three?\nFour") == ["One. ", "Two!! ", "Three?\n", "Four"])
        #expect(pieces("3.14 is pi. e.g. this") == ["3.14 is pi. ", "e.g. ", "this"])
        #expect(pieces("no end") == ["no end"])
        #expect(pieces("   ") == ["   "])
    }

    @Test func countsCodePointsNotBytesOrUTF16Units() {
        let text = "Café 😀 ok. Zoë is rude."
        let spans = SentenceSpans(text).spans
        #expect(spans.map(\.begin) == [0, 11])
        #expect(spans.last?.end == text.unicodeScalars.count)
        #expect(spans[1].bytes.lowerBound == "Café 😀 ok. ".utf8.count)
        #expect(pieces(text) == ["Café 😀 ok. ", "Zoë is rude."])
    }

    @Test func spansTileEveryText() {
        for text in ["", "a", "a.\n\n\nb", "!!!", "x. y. z.", "\n\nlead"] {
            let spans = SentenceSpans(text).spans
            #expect(spans.first?.begin == 0)
            #expect(spans.last?.end == text.unicodeScalars.count)
            #expect(
                zip(spans, spans.dropFirst()).allSatisfy {
                    $0.end == $1.begin && $0.bytes.upperBound == $1.bytes.lowerBound
                })
        }
    }
}
