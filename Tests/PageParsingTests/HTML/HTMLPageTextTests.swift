import Foundation
import Testing

@testable import PageParsing

/// The parse path of HTML pages: the DOM's visible text, read by the copied-text profiles.
@Suite struct HTMLPageTextTests {
    func render(_ html: String) -> String {
        PageParser.read(Array(html.utf8), format: .html).decoded.text
    }

    @Test func blocksBecomeLinesAndWhiteSpaceFolds() {
        #expect(render("<div>one\n   two</div><div>three</div>") == "one two\nthree")
        #expect(render("<p>a</p><p>b</p>") == "a\n\nb")
        #expect(render("x<br>y<br/>z") == "x\ny\nz")
        #expect(render("<span>in</span><b>line</b> text") == "inline text")
        #expect(render("<table><tr><td>a</td><td>b</td></tr></table>") == "a\tb")
        #expect(render("<pre>  keep\n  this</pre>") == "  keep\n  this")
    }

    @Test func invisibleContentIsLeftOut() {
        let html = """
            <head><title>T</title><style>div{}</style></head><script>document.write("<p>x</p>")</script>
            <div hidden>h</div><div style="color:red; DISPLAY: none">d</div><template><p>t</p></template>
            <!-- a comment <p>c</p> --><noscript>n</noscript><svg><text>s</text></svg><iframe><p>f</p></iframe>\
            <select><option>Jump to</option></select><video>v</video>shown
            """
        #expect(render(html) == "shown")
    }

    @Test func charactersReferencesDecode() {
        #expect(
            render("a&amp;b &lt;c&gt; &quot;d&quot; &#8217; &#x2019; &nbsp;&hellip; &#150;")
                == "a&b <c> \"d\" ’ ’ \u{A0}… \u{2013}")
        #expect(render("AT&T &unknown; & x &#0;") == "AT&T &unknown; & x \u{FFFD}")
    }

    @Test func brokenMarkupNeverHangsOrCrashes() {
        for html in [
            "<", "<div", "<div class=\"x", "</", "<!--", "<!--x", "<script>never closed", "<a href='x>y</a>", "<<<>>>",
            "<div/><p/>text",
        ] {
            _ = render(html)
        }
        #expect(render("a < b and c > d") == "a < b and c > d")
        #expect(render("<div/>text") == "text")
    }

    @Test func attributesWithAngleBracketsDoNotEndTheTag() {
        #expect(render("<div title=\"a > b\" data-x='<p>'>ok</div>") == "ok")
    }

    @Test func savedInvisionPageParsesLikeCopiedText() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("html/invision-saved.html"))
        #expect(thread.format == "html")
        #expect(thread.platform == "invision")
        #expect(thread.title == "Shed roof felt: torch-on or nail-down?")
        #expect(thread.posts.map(\.author) == ["moss&lichen", "brackenfield"])
        #expect(
            thread.posts[0].body
                == "Torch-on lasts longer but it\u{2019}s a job for a qualified fitter.\n\nNail-down is fine for a small shed."
        )
        #expect(thread.posts[1].quotes.first?.postIndex == 0)
        #expect(thread.posts[1].body == "Agreed, I did mine that way \u{1F44D}")
    }
}

@Suite struct ListNestingTests {
    @Test func repliesNestedInListsGetTheirParents() {
        #expect(ListNesting.parents(depths: [0, 1, 2, 3, 2, 1]) == [nil, 0, 1, 2, 1, 0])
        #expect(ListNesting.parents(depths: [0, 2, 4, 2]) == [nil, 0, 1, 0])
    }

    @Test func aFlatThreadSaysNothing() {
        #expect(ListNesting.parents(depths: [0, 1, 1, 1]) == [nil, nil, nil, nil])
        #expect(ListNesting.parents(depths: [2, 2, 2]) == [nil, nil, nil])
    }

    @Test func renderedLinesKnowTheirListDepth() {
        let html = Array("<p>top</p><ul><li>one<ul><li>two</li></ul></li><li>three</li></ul><p>end</p>".utf8)
        let rendered = HTMLDocument.parse(html).renderedText(input: html)
        #expect(rendered.text == "top\n\none\ntwo\nthree\n\nend")
        #expect(rendered.lineListDepths == [0, 0, 1, 2, 1, 0, 0], "an empty line has depth 0")
    }

    @Test func savedWordPressCommentsKeepTheirNesting() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("html/wordpress-nested.html"))
        #expect(thread.format == "html")
        #expect(thread.openingPostIsArticle)
        #expect(thread.title == "Allotment waiting list to be scrapped in favour of a lottery")
        #expect(thread.posts.map(\.author) == ["Hana Okoro", "Priya Raman", "Tom Ashdown", "Greta Lund"])
        #expect(thread.posts.map(\.replyTo) == [nil, 0, 1, 0])
    }

    @Test func aFlatForumPageGetsNoNesting() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("html/invision-saved.html"))
        #expect(thread.posts.allSatisfy { $0.replyTo == nil })
    }
}
