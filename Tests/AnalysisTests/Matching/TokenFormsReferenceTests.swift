import Lexicon
import TestSupport
import Testing

@testable import Analysis

/// The tokenizer's fast paths (a plain word's lower-case spelling built on the stack, with and
/// without a possessive `'s`, a one-byte
/// punctuation mark or a number looked up as itself) against the general path they shortcut: every
/// form `TokenNormalizer` makes of the token, looked up one after another. The word ids must be
/// the same, in the same order.
@Suite struct TokenFormsReferenceTests {
    static let analyzer = try! Analyzer(lexicons: .defaults)
    static let pieces = [
        "?", "!", "?!", ".", ",", ":", ";", "*", "#", "&", "%", "(", ")", "\"", "'", "-", "1", "5", "0", "2020", "911", "007",
        "you", "You", "YOU", "idiot", "Idiot's", "IDIOT'S", "moron's", "it's", "don't", "stupid", "so", "not", "but", "why", "fake", "lol", "a", "I",
        "f*ck", "1d10t", "sooo", "trash", "hoe", "no", "yes", "agree",
    ]

    /// The ids the general path gives the token's bytes.
    static func reference(_ form: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary) -> [Int32] {
        var normalizer = TokenNormalizer()
        var ids: [Int32] = []
        normalizer.forEachForm(of: form) { form, kind in
            if kind == .masked {
                vocabulary.lookUpMasked(form, into: &ids, from: 0)
            } else {
                vocabulary.lookUp(form, into: &ids, from: 0)
            }
        }
        return ids
    }

    @Test(arguments: 0..<4)
    func theFastPathsFindWhatEveryFormFinds(seed: Int) {
        let vocabulary = Self.analyzer.index.vocabulary
        var random = SplitMix64(seed: UInt64(seed))
        var oneByte = 0
        for _ in 0..<300 {
            let text = random.text(of: Self.pieces, lengths: 1...16, separator: " ")
            text.withUTF8Copy { bytes in
                let tokenized = TokenizedText(bytes, vocabulary: vocabulary)
                for token in tokenized.tokens where !token.flags.contains(.obfuscated) {
                    let start = Int(token.start) + (token.flags.contains(.mention) ? 1 : 0)
                    let form = UnsafeBufferPointer(rebasing: bytes[start..<Int(token.end)])
                    guard
                        form.count == 1 || form.allSatisfy(ASCII.isDigit)
                            || form.allSatisfy({ ASCII.isLetter($0) || $0 == ASCII.apostrophe })
                    else {
                        continue
                    }
                    if form.count == 1, !ASCII.isLetter(form[0]) { oneByte += 1 }
                    #expect(
                        Array(tokenized.candidates(of: token)) == Self.reference(form, vocabulary: vocabulary),
                        "\(String(decoding: form, as: UTF8.self)) in \(text)")
                }
            }
        }
        #expect(oneByte > 500)
    }
}
