import Foundation
import Testing
import ThreadModel

@Suite struct ModelTests {
    @Test func spansUnionAndContain() {
        let first = SourceSpan(lineStart: 3, lineEnd: 5, byteStart: 20, byteEnd: 60)
        let second = SourceSpan(lineStart: 8, lineEnd: 9, byteStart: 90, byteEnd: 120)
        let union = first.union(second)
        #expect(union == SourceSpan(lineStart: 3, lineEnd: 9, byteStart: 20, byteEnd: 120))
        #expect(union.contains(line: 7))
        #expect(!first.contains(line: 6))
    }

    @Test func threadsRoundTripThroughCodable() throws {
        let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 5)
        let post = Post(
            index: 1, author: "wren", authorInferred: true, timestamp: "2 hours ago", body: "Agreed.",
            quotes: [Quote(author: "kite", postIndex: 0, time: "3 hours ago", text: "Slate lasts.", span: span)],
            reactions: [Reaction(name: "Like", count: 2)], attachments: ["roof.jpg"], span: span
        )
        let thread = DiscussionThread(
            source: "page.txt", title: "Roofs", platform: "invision", posts: [post],
            segments: [Segment(kind: .body, post: 1, span: span, text: "Agreed.")],
            warnings: [ParseWarning(byteOffset: 4, message: "NUL byte replaced with U+FFFD")]
        )
        let decoded = try JSONDecoder().decode(DiscussionThread.self, from: JSONEncoder().encode(thread))
        #expect(decoded == thread)
        #expect(thread.warnings[0].description == "byte 4: NUL byte replaced with U+FFFD")
        #expect(SegmentKind.allCases.count == 10)
    }
}
