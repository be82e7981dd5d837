import Foundation
import TestSupport
import Testing

@testable import Analysis

/// `appendComparableLowercased(_:to:)`, byte by byte for the characters it knows, against the
/// obviously-right reference on random words: the word as a `String`, lowercased, in NFC.
/// (`TokenNormalizer.foldUnicode(_:into:)`, NFKC, has its own: `UnicodeFoldingTests`.)
@Suite struct ComparableLowercasedPropertyTests {
    /// Pieces of words: ASCII, every Latin-1 character, and the characters the byte path must
    /// leave to `String` (combining marks, `İ`, the quads, a variation selector, Cyrillic, Greek,
    /// a C1 control, malformed and cut-off UTF-8).
    static let pieces: [[UInt8]] = {
        var pieces = ["a", "Z", "q", "'", "-", "7", "É", "é", "ü", "Ü", "ß", "ÿ", "×", "÷", "µ"].map { Array($0.utf8) }
        pieces += (0xA0...0xFF).map { Array(String(Character(Unicode.Scalar($0)!)).utf8) }
        pieces += [
            "\u{301}", "\u{308}", "\u{130}", "\u{3A3}", "\u{2000}", "\u{2001}", "\u{2002}", "–", "“", "”", "€", "↑",
            "\u{20D0}", "🌱", "👍", "👍🏽", "\u{200D}", "\u{FE0F}", "Д", "\u{80}", "\u{1FB00}", "\u{2018}", "\u{2019}",
            "\u{2BC}", "Ａ", "ﬁ", "²", "\u{2026}",
        ].map { Array($0.utf8) }
        pieces += [
            [0xFF], [0x80], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x8C], [0xC0, 0x80], [0xF0, 0x80, 0x80, 0x80],
        ]
        return pieces
    }()

    static func reference(_ word: [UInt8]) -> [UInt8] {
        Array(String(decoding: word, as: UTF8.self).lowercased().precomposedStringWithCanonicalMapping.utf8)
    }

    /// 200 random words of 1 to 6 pieces.
    static func words(seed: Int) -> [[UInt8]] {
        var random = SplitMix64(seed: UInt64(seed))
        return (0..<200).map { _ in
            (0..<Int(1 + random.next() % 6)).flatMap { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
        }
    }

    @Test(arguments: 0..<20)
    func bytesAgreeWithTheStringPath(seed: Int) {
        for word in Self.words(seed: seed) {
            var out: [UInt8] = [0x21]
            word.withUnsafeBufferPointer { $0.appendComparableLowercased(0..<word.count, to: &out) }
            #expect(out == [0x21] + Self.reference(word), "\(word)")
        }
    }

    @Test func latinOneWordsTakeTheBytePath() {
        for word in ["Zürich", "NAÏVE", "café", "€20", "“quoted”", "🌱👍", "À–Þ"] {
            var out: [UInt8] = []
            let handled = Array(word.utf8).withUnsafeBufferPointer {
                UnsafeBufferPointer<UInt8>.appendStableLowercased($0, to: &out)
            }
            #expect(handled, "\(word)")
            #expect(out == Self.reference(Array(word.utf8)), "\(word)")
        }
        var out: [UInt8] = []
        #expect(
            !Array("cafe\u{301}".utf8).withUnsafeBufferPointer {
                UnsafeBufferPointer<UInt8>.appendStableLowercased($0, to: &out)
            })
    }
}
