import Testing
import ThreadModel

@Suite struct ScanLimitsTests {
    static func span(_ start: Int) -> SourceSpan {
        SourceSpan(lineStart: start, lineEnd: start, byteStart: start * 10, byteEnd: start * 10 + 9)
    }

    @Test func keepingPostsKeepsTheFirstOnesAndClearsReferencesToTheRest() {
        var inner = Quote(author: "c", postIndex: 3, time: nil, text: "later words", span: Self.span(1))
        inner.quotes = [Quote(author: "a", postIndex: 0, time: nil, text: "first words", span: Self.span(1))]
        var quote = Quote(author: "d", postIndex: 2, time: nil, text: "more", span: Self.span(1))
        quote.quotes = [inner]
        let posts = (0..<4).map { index in
            Post(
                index: index, author: "p\(index)", authorInferred: false, timestamp: nil, body: "body \(index)",
                quotes: index == 1 ? [quote] : [], reactions: [], attachments: [], replyTo: index == 1 ? 3 : nil,
                span: Self.span(index))
        }
        let segments = (0..<4).map { Segment(kind: .body, post: $0, span: Self.span($0), text: "body \($0)") }
        let thread = DiscussionThread(
            source: "t.txt", title: "T", platform: "invision", posts: posts, segments: segments, warnings: [])
        let kept = thread.keepingPosts(2)
        #expect(kept.posts.map(\.body) == ["body 0", "body 1"])
        #expect(kept.posts[1].replyTo == nil)
        #expect(kept.posts[1].quotes[0].postIndex == nil)
        #expect(kept.posts[1].quotes[0].quotes[0].postIndex == nil)
        #expect(kept.posts[1].quotes[0].quotes[0].quotes[0].postIndex == 0)
        #expect(kept.segments.map(\.post) == [0, 1, nil, nil])
        #expect(kept.segments.map(\.span) == segments.map(\.span), "the segments still cover the source")
        #expect(
            kept.warnings == [
                ParseWarning(byteOffset: 20, message: ScanLimits.Message.postsCut(count: 4, limit: 2))
            ])
        #expect(thread.keepingPosts(4) == thread)
    }

    @Test func cuttingBytesNeverSplitsACharacter() {
        let limits = ScanLimits(maximumInputBytes: 4, maximumDepth: 10, maximumPosts: 10)
        let text = Array("abcé€".utf8)
        let (kept, warning) = limits.cut(text)
        #expect(kept == Array("abc".utf8), "é starts at byte 3 and ends at byte 5: it is left out whole")
        #expect(
            warning == ParseWarning(byteOffset: 3, message: ScanLimits.Message.inputCut(size: text.count, limit: 4)))
        #expect(limits.cut(Array("abcd".utf8)).warning == nil)
        #expect(limits.cut(Array("abcd".utf8)).bytes == Array("abcd".utf8))
    }
}
