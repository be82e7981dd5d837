import Testing

@testable import Analysis

@Suite struct NameFinderTests {
    /// The token ranges `finder` finds in `text`, as the words they cover.
    private func found(_ finder: NameFinder, in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            let tokenized = TokenizedText(bytes, vocabulary: .empty)
            return finder.occurrences(in: tokenized, bytes: bytes).map { range in
                let first = tokenized.tokens[range.lowerBound]
                let last = tokenized.tokens[range.upperBound - 1]
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(first.start)..<Int(last.end)]), as: UTF8.self)
            }
        }
    }

    @Test func aMultiWordNameIsFoundWholeAndByItsLastWordIgnoringCase() {
        let finder = NameFinder(name: "Vladimir Putin", allowSuffix: true)
        #expect(found(finder, in: "VLADIMIR PUTIN spoke; later putin left, and Vladimir stayed") == ["VLADIMIR PUTIN", "putin"])
    }

    @Test func everyWordAlsoFindsTheNamesCapitalisedWordsOfThreeLettersOrMore() {
        let finder = NameFinder(name: "Legalization of Abortion", allowSuffix: true, everyWord: true)
        #expect(found(finder, in: "legalization is near, of course, says the abortion clinic") == ["legalization", "abortion"])
    }

    @Test func onlyTheLastWordOfFourOrMoreBytesMayCarryAnEnding() {
        #expect(found(NameFinder(name: "Iran", allowSuffix: true), in: "Iranian talks with Iran's envoy") == ["Iranian", "Iran's"])
        #expect(found(NameFinder(name: "Iran", allowSuffix: false), in: "Iranian talks with Iran") == ["Iran"])
        #expect(found(NameFinder(name: "Bo", allowSuffix: true), in: "Bob and Bo") == ["Bo"])
    }

    @Test func anAtMentionFindsTheNameWithoutItsAt() {
        #expect(found(NameFinder(name: "Sam", allowSuffix: false), in: "thanks @Sam and sam, not Samuel") == ["@Sam", "sam"])
    }
}
