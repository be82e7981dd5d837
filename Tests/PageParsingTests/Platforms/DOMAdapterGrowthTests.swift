import Testing
import ThreadModel

@testable import PageParsing

/// A platform page read by its data-only DOM adapter (Discourse's rows: detection over every
/// adapter, the rows matched in one walk, quotes attributed, times read, segments built) costs
/// time in proportion to its size.
@Suite struct DOMAdapterGrowthTests {
    /// A Discourse topic of `posts` posts, each quoting the one before it and replying to it.
    static func topic(posts: Int) -> [UInt8] {
        var html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Bus timetable - Riverton</title>
            <meta name="generator" content="Discourse 3.2.0"></head><body><section id="main">
            <div id="topic-title"><h1><a class="fancy-title" href="/t/bus/7">Bus timetable</a></h1></div>
            <div class="post-stream">

            """
        for number in 1...posts {
            let author = "rider\(number % 53)"
            let quote =
                number == 1
                ? ""
                : "<aside class=\"quote\" data-username=\"rider\((number - 1) % 53)\" data-post=\"\(number - 1)\">"
                    + "<div class=\"title\">rider\((number - 1) % 53):</div><blockquote><p>The number \(number - 1) bus "
                    + "was late again.</p></blockquote></aside>"
            html += """
                <div class="topic-post clearfix regular"><article id="post_\(number)" data-post-id="\(7000 + number)" \
                data-post-number="\(number)" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">\
                <img alt="" src="/a.png" class="avatar"></div><div class="topic-body clearfix"><div class="topic-meta-data">\
                <div class="names"><span class="first username"><a href="/u/\(author)">\(author)</a></span></div>\
                <div class="post-infos"><a class="reply-to-tab" href="/t/bus/7/\(max(1, number - 1))"><span>x</span></a>\
                <div class="post-info post-date"><span data-time="\(1_706_950_800_000 + number * 60_000)" \
                class="relative-date">Feb 3</span></div></div></div><div class="regular contents"><div class="cooked">\
                \(quote)<p>The number \(number) bus was late again, &nbsp;by \(number % 17) minutes.</p></div>\
                <section class="post-menu-area"><nav class="post-controls"><button class="like-count">\(number % 5)</button>\
                <button class="toggle-like">Like</button></nav></section></div></div></div></article></div>

                """
        }
        return Array((html + "</div></section></body></html>").utf8)
    }

    /// Reading 4× the posts costs about 4× the thread CPU time (at most 8×), not 16×.
    @Test func aDiscoursePageTakesLinearTime() throws {
        let growth = ParseGrowth(small: Self.topic(posts: 1000), large: Self.topic(posts: 4000))
        #expect(growth.small?.adapter?.method == "html:discourse")
        #expect(growth.small?.posts.count == 1000)
        #expect(growth.large?.posts.count == 4000)
        #expect(growth.large?.posts.last?.quotes.first?.postIndex == 3998)
        #expect(growth.large?.posts.last?.isoTime == "2024-02-06T03:40:00Z")
        #expect(growth.ratio < 8, "1000 and 4000 posts: \(growth.times)")
    }
}
