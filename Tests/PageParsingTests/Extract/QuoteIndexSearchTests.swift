@testable import PageParsing
import TestSupport
import Testing

/// The quote index looks for a partial quote in a post's lines as if they were joined by one
/// space, without joining them: checked against the joined search on random lines, each a slice
/// that starts inside its buffer (as a line's key is a slice of the page).
@Suite struct QuoteIndexSearchTests {
    static let words = ["ab", "a", "b", "ba", "aab", " ", "bb"]

    @Test func searchingTheLinesMatchesSearchingThemJoined() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<4000 {
            let lines = (0..<Int(random.next() % 5)).map { _ in
                Array(("xy" + random.text(of: Self.words, lengths: 0...4)).utf8).dropFirst(2)
            }
            let needle = Array(("z" + random.text(of: Self.words, lengths: 1...5)).utf8).dropFirst()
            let joined = Array(lines.joined(separator: [0x20]))
            let expected =
                !needle.isEmpty && joined.count >= needle.count
                && (0...(joined.count - needle.count)).contains { joined[$0..<($0 + needle.count)].elementsEqual(needle) }
            #expect(QuoteIndex.contains(needle, joining: lines) == expected, "\(lines) \(needle)")
        }
    }

    @Test func aQuoteSpanningTwoLinesIsFound() {
        let lines = [Array("the gate was".utf8)[...], Array("left open all night".utf8)[...]]
        #expect(QuoteIndex.contains(Array("was left open".utf8)[...], joining: lines))
        #expect(!QuoteIndex.contains(Array("wasleft".utf8)[...], joining: lines))
        #expect(!QuoteIndex.contains(Array("night ".utf8)[...], joining: lines))
    }
}
