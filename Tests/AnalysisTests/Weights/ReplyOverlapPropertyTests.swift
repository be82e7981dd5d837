import Foundation
import TestSupport
import Testing

@testable import Analysis

/// The byte-level comparison of a reply with its parent (`ReplyWords.overlap(with:)` over
/// `ParentWords`) against an obviously-right reference on random texts: the words as lowercased
/// `String`s in a `Set`, the runs as `String`s joined by spaces. Also the parent tokenized for its
/// boundaries only cuts the same tokens as a full tokenization.
@Suite struct ReplyOverlapPropertyTests {
    static let words = [
        "the", "plan", "is", "stupid", "Council", "café", "CAFÉ", "cafe\u{301}", "straße", "you", "idiot", "so",
        "really",
        "#FakeNews", "#fakenews", "@ana", "www.example.org/x", "don't", "well-known", "s t u p i d", "Ünïcode", "?",
        ",",
    ]

    static func text(_ random: inout SplitMix64) -> String {
        random.text(of: words, lengths: 0...23, separator: " ")
    }

    @Test(arguments: 0..<20)
    func overlapAgreesWithTheReference(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let analyzer = TestLexicon.analyzer
        for _ in 0..<40 {
            let parent = Self.text(&random)
            var reply = Self.text(&random)
            if random.next() % 3 == 0 { reply += " " + parent }
            reply.withUTF8Copy { bytes in
                let scan = TextScan(bytes: bytes, analyzer: analyzer, context: AnalysisContext(parentText: parent))
                let words = ReplyWords(scan: scan)
                let fast = words.overlap(with: ParentWords(parent, vocabulary: analyzer.index.vocabulary))
                let slow = Self.reference(words, parent: parent, analyzer: analyzer)
                #expect(fast.share == slow.share, "reply: \(reply) parent: \(parent)")
                #expect(fast.quoted == slow.quoted, "reply: \(reply) parent: \(parent)")
            }
        }
    }

    @Test(arguments: 0..<10)
    func boundariesOnlyCutsTheSameTokens(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let vocabulary = TestLexicon.analyzer.index.vocabulary
        for _ in 0..<40 {
            let text = Self.text(&random)
            text.withUTF8Copy { bytes in
                let full = TokenizedText(bytes, vocabulary: vocabulary).tokens
                let cut = TokenizedText(bytes, vocabulary: vocabulary, boundariesOnly: true).tokens
                #expect(full.map { [$0.start, $0.end] } == cut.map { [$0.start, $0.end] }, "text: \(text)")
                #expect(full.map(\.kind) == cut.map(\.kind))
                #expect(full.map { $0.flags.contains(.mention) } == cut.map { $0.flags.contains(.mention) })
            }
        }
    }

    /// The share and the quoted run, with `String`s.
    static func reference(_ words: ReplyWords, parent: String, analyzer: Analyzer) -> (
        share: Double, quoted: Range<Int>?
    ) {
        guard !words.content.isEmpty else { return (0, nil) }
        let ordered = parent.withUTF8Copy { bytes -> [String] in
            let text = TokenizedText(bytes, vocabulary: analyzer.index.vocabulary)
            let links = ReplyWords.links(in: bytes)
            return text.tokens.filter { token in
                token.kind == .word && !token.flags.contains(.mention)
                    && !links.contains { $0.contains(Int(token.start)) }
                    && !ReplyWords.continuesHandle(bytes, at: Int(token.start))
            }.map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[Int($0.start)..<Int($0.end)]), as: UTF8.self)
                    .lowercased()
            }
        }
        let run = ReplyWords.quotedRun
        let parentWords = Set(ordered)
        let parentRuns = Set(
            ordered.count >= run
                ? (0...(ordered.count - run)).map { ordered[$0..<$0 + run].joined(separator: " ") } : [])
        let texts = words.content.map(words.text)
        var quoted: Range<Int>?
        if texts.count >= run {
            for start in 0...(texts.count - run)
            where parentRuns.contains(texts[start..<start + run].joined(separator: " ")) {
                quoted = words.content[start]..<words.content[start + run - 1] + 1
                break
            }
        }
        return (Double(texts.filter(parentWords.contains).count) / Double(texts.count), quoted)
    }
}
