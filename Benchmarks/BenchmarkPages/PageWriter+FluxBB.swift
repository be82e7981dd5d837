extension PageWriter {
    /// FluxBB 1.5: `div.blockpost#pN` in `#punviewtopic`, the date link in the `h2`, the author
    /// in `.postleft dt`, `div.postmsg` and `div.quotebox` quotes.
    mutating func fluxbb() {
        open(
            title: "Netting for brassicas", body: "",
            "<div id=\"punviewtopic\" class=\"pun\"><div class=\"top-box\"></div><div class=\"punwrap\">\n<div id=\"brdheader\" class=\"block\"><div class=\"box\"><div id=\"brdtitle\" class=\"inbox\"><h1><a href=\"index.php\">Allotment Board</a></h1></div></div></div>\n<div class=\"linkst\"><div class=\"inbox crumbsplus\"><ul class=\"crumbs\"><li><a href=\"index.php\">Index</a></li><li><span>»&#160;</span><a href=\"viewforum.php?id=2\">Growing</a></li><li><span>»&#160;</span><strong><a href=\"viewtopic.php?id=9\">Netting for brassicas</a></strong></li></ul></div></div>\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 7_000 + posts
            let author = pick(Self.names) + "\(number(1...300))"
            put(
                "<div id=\"p\(id)\" class=\"blockpost \(posts % 2 == 0 ? "roweven" : "rowodd")\(posts == 1 ? " firstpost blockpost1" : "")\"><h2><span><span class=\"conr\">#\(posts)</span> <a href=\"viewtopic.php?pid=\(id)#p\(id)\">2024-03-04 10:\(number(10...59)):00</a></span></h2>\n"
            )
            put(
                "<div class=\"box\"><div class=\"inbox\"><div class=\"postbody\"><div class=\"postleft\"><dl><dt><strong><a href=\"profile.php?id=\(id % 400)\">\(author)</a></strong></dt><dd class=\"usertitle\"><strong>Member</strong></dd><dd><span>Registered: 2012-05-01</span></dd><dd><span>Posts: \(number(1...900))</span></dd></dl></div>\n"
            )
            put("<div class=\"postright\"><h3>Re: Netting for brassicas</h3><div class=\"postmsg\">")
            if quotesEarlierPost() {
                put(
                    "<div class=\"quotebox\"><cite>\(last) wrote:</cite><blockquote><div><p>\(sentence(number(6...20)))</p></div></blockquote></div>"
                )
            }
            put(paragraphs())
            put(
                "</div></div></div></div>\n<div class=\"inbox\"><div class=\"postfoot clearb\"><div class=\"postfootleft\"><p><span>Offline</span></p></div></div></div></div></div>\n"
            )
            last = author
        }
        put("</div></div>\n")
        footer(newline: "\n")
    }
}
