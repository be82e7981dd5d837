import Foundation
import Testing

@testable import ThreadScan

/// The one @mention scanner: the reply tree's mention edges and the participants a post may
/// address come from the same scan, so they cannot disagree.
@Suite struct MentionScannerTests {
    @Test func namesAreCutAsDocumented() {
        #expect(MentionScanner.names(in: "(@bo), thanks @Cy. and a@b.com @ @dee-") == ["bo", "Cy", "dee"])
        #expect(MentionScanner.names(in: "@émile: oui") == ["émile"])
    }

    /// Every byte between two letters either joins them into one word or splits them, as the
    /// scanner's documentation lists the word bytes.
    @Test func everyByteIsAWordByteOrASeparatorAsDocumented() {
        let documented = Set(Array("#@_.-".utf8))
        for value in 0...255 {
            let byte = UInt8(value)
            let isWordByte =
                byte >= 0x80 || documented.contains(byte) || (0x30...0x39).contains(byte)
                || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            let bytes: [UInt8] = [0x61, byte, 0x61]
            let words = bytes.withUnsafeBufferPointer { MentionScanner.words($0) }
            #expect(words == (isWordByte ? [0..<3] : [0..<1, 2..<3]), "byte \(value)")
        }
    }

    @Test func theReplyTreeAndTheParticipantsSeeTheSameMentions() throws {
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 1)
        let bodies = ["(@bo) no.", "well, @Bo.", "@bo: yes", "ask@bo.com"]
        let builder = ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: LexiconBundle.defaults))
        for body in bodies {
            let thread = DiscussionThread(
                source: "-", title: nil, platform: "xenforo",
                posts: [
                    Post(index: 0, author: "bo", body: "Opening.", span: span),
                    Post(index: 1, author: "al", body: "Something else entirely.", span: span),
                    Post(index: 2, author: "cy", body: body, span: span),
                ], segments: [])
            let tree = builder.build(thread)
            let mentionEdge = tree.edges.contains { $0.from == 2 && $0.kind == .mention && $0.to == 0 }
            let scanned = MentionScanner.names(in: body).contains { $0.lowercased() == "bo" }
            #expect(mentionEdge == scanned, "\(body)")
            let participants = ThreadScanner.participants(of: thread, tree: tree)[2]
            if scanned { #expect(participants.contains("bo"), "\(body)") }
        }
    }
}
