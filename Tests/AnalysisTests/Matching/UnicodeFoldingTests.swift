import TestSupport
import Testing

@testable import Analysis

@Suite struct UnicodeFoldingTests {
    /// Characters a word may hold: ASCII letters, Latin-1 letters of both cases, `ß`, `ÿ`, the
    /// apostrophes the fast path folds, and characters it leaves to the general path (a combining
    /// accent, `×`, a full-width letter, a ligature, Greek, `İ`).
    static let alphabet: [String] = [
        "a", "Z", "q", "'", "0", "É", "é", "À", "ñ", "Ø", "Þ", "ß", "ÿ", "\u{2019}", "\u{2018}", "\u{02BC}",
        "\u{0301}", "×", "÷", "Ａ", "ﬁ", "Σ", "İ",
    ]

    static func fold(_ word: String, _ fold: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void) -> [UInt8] {
        var out: [UInt8] = [0x2A]
        Array(word.utf8).withUnsafeBufferPointer { fold($0, &out) }
        return out
    }

    @Test(arguments: 0..<4)
    func theBytewiseFoldGivesWhatTheStringFoldGives(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        for _ in 0..<2_000 {
            let word = random.text(of: Self.alphabet, lengths: 1...7)
            #expect(
                Self.fold(word, TokenNormalizer.foldUnicode) == Self.fold(word, TokenNormalizer.foldUnicodeByStrings),
                "\(word)")
        }
    }

    @Test func latinLettersAndApostrophesFoldInPlace() {
        #expect(Self.fold("DON\u{2019}T", TokenNormalizer.foldUnicode) == Array("*don't".utf8))
        #expect(Self.fold("ÉCOLE", TokenNormalizer.foldUnicode) == Array("*école".utf8))
        #expect(Self.fold("STRAßE", TokenNormalizer.foldUnicode) == Array("*straße".utf8))
    }
}
