import TestSupport
import Testing

@testable import PageParsing

/// The fast tokenizer (runs, slices, binary search) against `ReferenceTokenizer` (one character at
/// a time) on random input from an alphabet rich in markup characters: same tokens, same ranges.
@Suite struct HTMLTokenizerPropertyTests {
    /// Single characters: markup punctuation, a few letters (never `d`, so no `<!doctype`), digits,
    /// whitespace, CR, NUL and multibyte UTF-8.
    static let characters: [[UInt8]] =
        [
            "<", ">", "/", "!", "?", "-", "&", ";", "=", "\"", "'", "`", "#", "x", "X", "a", "A", "b", "l", "t", "g",
            "m", "p", "n", "s", "q", "0", "1", "9", " ", "\t", "\n", "\r", "\r\n", "\0", "é", "€", "😀",
        ]
        .map { Array($0.utf8) }
    /// Fragments that make the interesting paths likely: references, comments, tags.
    static let fragments: [[UInt8]] =
        [
            "&amp;", "&amp", "&lt", "&notin;", "&notit", "&#x41;", "&#65", "&#x80;", "&#150;", "&#0;", "&#xD800;",
            "&#1114112;", "&#x;", "&ampx", "&amp=", "&gtx;", "<!--", "-->", "--!>", "<!-", "<a ", "<B x=", "</a>",
            "<a/>", "=\"", "='", "<p q=1 q=2>", "&NotEqualTilde;", "&xyz;",
        ]
        .map { Array($0.utf8) }

    static func randomInput(using rng: inout SplitMix64) -> [UInt8] {
        var input: [UInt8] = []
        for _ in 0..<Int.random(in: 0...120, using: &rng) {
            if Int.random(in: 0..<10, using: &rng) < 2 {
                input += fragments.randomElement(using: &rng)!
            } else {
                input += characters.randomElement(using: &rng)!
            }
        }
        return input
    }

    static func tokens(_ input: [UInt8]) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(input)
        var tokens: [HTMLToken] = []
        while true {
            let token = tokenizer.next()
            tokens.append(token.resolved(in: input))
            if case .endOfFile = token { return tokens }
        }
    }

    @Test func fastTokenizerMatchesReference() {
        var rng = SplitMix64(seed: 0x7E57_0C1A)
        for round in 0..<4000 {
            let input = Self.randomInput(using: &rng)
            let expected = ReferenceTokenizer.tokens(input)
            let actual = Self.tokens(input)
            #expect(actual == expected, "round \(round), input \(HTMLTokenizerConformanceTests.render(input))")
            if actual != expected { return }
        }
    }
}
