import Foundation
import TestSupport
import Testing

@testable import PageParsing

/// The strict base64 reader of `scan --jsonl-in`'s `mhtml_base64`, against Foundation's on random
/// bytes, and its errors at the offending character.
@Suite struct Base64StrictTests {
    @Test func readsWhatFoundationWritesInEveryAlphabetAndWrapping() throws {
        var random = SplitMix64(seed: 11)
        for length in 0..<200 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let encoded = Data(bytes).base64EncodedString()
            #expect(try Base64.decodeStrictly(Array(encoded.utf8)) == bytes)
            let wrapped = Data(bytes).base64EncodedString(options: [
                .lineLength64Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
            ])
            #expect(try Base64.decodeStrictly(Array(wrapped.utf8)) == bytes)
            let urlSafe = encoded.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            let unpadded = urlSafe.replacingOccurrences(of: "=", with: "")
            #expect(try Base64.decodeStrictly(Array(unpadded.utf8)) == bytes)
        }
    }

    @Test func saysWhereTextStopsBeingBase64() {
        let cases: [(String, Base64.Failure)] = [
            ("QUJD*A==", Base64.Failure(offset: 4, message: Base64.Message.notInAlphabet(UInt8(ascii: "*")))),
            ("QQ==QQ==", Base64.Failure(offset: 4, message: Base64.Message.afterPadding)),
            ("QUJD=", Base64.Failure(offset: 4, message: Base64.Message.notInAlphabet(UInt8(ascii: "=")))),
            ("QQ===", Base64.Failure(offset: 4, message: Base64.Message.notInAlphabet(UInt8(ascii: "=")))),
            ("QUJDR", Base64.Failure(offset: 5, message: Base64.Message.danglingCharacter)),
            ("QUJD\u{e9}", Base64.Failure(offset: 4, message: Base64.Message.notInAlphabet(0xC3))),
        ]
        for (text, failure) in cases {
            #expect(throws: failure, "\(text)") { try Base64.decodeStrictly(Array(text.utf8)) }
        }
        #expect(Base64.Message.notInAlphabet(0xC3).hasPrefix("byte 195 is not a base64 character"))
    }
}
