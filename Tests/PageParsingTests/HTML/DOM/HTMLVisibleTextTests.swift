import Testing

@testable import PageParsing

@Suite struct HTMLVisibleTextTests {
    static func text(_ html: String, of selector: String = "body") throws -> String {
        let document = HTMLDocument.parse(Array(html.utf8))
        let node = try #require(try CSSSelector(selector).select(in: document).first)
        return document.visibleText(of: node)
    }

    @Test func blocksAndParagraphs() throws {
        #expect(try Self.text("<div>one</div><div>two</div>") == "one\ntwo")
        #expect(try Self.text("<p>one</p><p>two</p>three") == "one\n\ntwo\n\nthree")
        #expect(try Self.text("<div><div><p>deep</p></div></div><span>inline</span>") == "deep\n\ninline")
        #expect(try Self.text("a<br>b<br><br>c") == "a\nb\n\nc")
        #expect(try Self.text("<h1>Title</h1><ul><li>x</li><li>y</li></ul>") == "Title\nx\ny")
    }

    @Test func whiteSpaceFoldsOutsidePre() throws {
        #expect(try Self.text("  a \n\t b <span> c </span>  d  ") == "a b c d")
        #expect(try Self.text("<div>  a  </div>  <div> b</div>") == "a\nb")
        #expect(try Self.text("<pre>  a\n   b</pre>x") == "  a\n   b\nx")
        #expect(try Self.text("<textarea> keep  this </textarea>") == " keep  this ")
    }

    @Test func tables() throws {
        let html = "<table><tr><th>Name</th><th>Posts</th></tr><tr><td>ann</td><td> 12 </td></tr></table>after"
        #expect(try Self.text(html) == "Name\tPosts\nann\t12\nafter")
        let groups = "<table><thead><tr><td>h</td></tr></thead><tbody><tr><td>b</td></tr></tbody></table>"
        #expect(try Self.text(groups) == "h\nb")
    }

    @Test func images() throws {
        #expect(
            try Self.text("see <img src=a.png alt=' a  cat '> here <img src=b.png> <img alt=''>")
                == "see [image: a cat] here")
    }

    @Test func invisibleContentIsLeftOut() throws {
        let html = """
            <html><head><title>T</title><style>p{}</style></head><body>a<script>var x</script>\
            <template>t</template><div hidden>h</div><span style="color: red; DISPLAY : none !important">n</span>\
            <span style="display:nonesuch">shown</span><noembed></noembed>b</body></html>
            """
        #expect(try Self.text(html) == "ashownb")
        #expect(try Self.text(html, of: "html") == "ashownb")
        #expect(try Self.text("<div style='display:none'>x<p>y</p></div>", of: "div") == "xy")
    }

    @Test func deepTreesDoNotRecurse() throws {
        let depth = 20_000
        let html = String(repeating: "<span>", count: depth) + "deep" + String(repeating: "</span>", count: depth)
        let document = HTMLDocument.parse(Array(html.utf8))
        let body = document.firstElement(.body)
        #expect(document.visibleText(of: body) == "deep")
    }
}
