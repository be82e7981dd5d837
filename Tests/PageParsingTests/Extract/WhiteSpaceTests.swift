import Foundation
@testable import PageParsing
import TestSupport
import Testing

/// No-break spaces made plain, checked against replacing them in the string, on random text of
/// no-break spaces, other multi-byte characters starting with the same bytes, and plain words.
@Suite struct WhiteSpaceTests {
    static let pieces = ["ab", " ", "\u{A0}", "\u{202F}", "\u{2019}", "\u{A9}", "é", "\u{2028}", "x y"]

    @Test func noBreakSpacesBecomePlainSpaces() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<500 {
            let text = random.text(of: Self.pieces, lengths: 0...12)
            let bytes = Array(text.utf8)
            var out = Array("kept:".utf8)
            bytes.withUnsafeBufferPointer {
                WhiteSpace.appendPlainingNoBreakSpaces($0, start: 0, end: $0.count, to: &out)
            }
            let expected = "kept:" + text.replacingOccurrences(of: "\u{A0}", with: " ")
                .replacingOccurrences(of: "\u{202F}", with: " ")
            #expect(String(decoding: out, as: UTF8.self) == expected, "\(text.debugDescription)")
        }
    }

    @Test func aNoBreakSpaceCutAtTheEndIsKept() {
        let bytes: [UInt8] = [0x61, 0xC2, 0xA0, 0x62, 0xE2, 0x80]
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { WhiteSpace.appendPlainingNoBreakSpaces($0, start: 0, end: 5, to: &out) }
        #expect(out == [0x61, 0x20, 0x62, 0xE2])
    }
}
