extension PageWriter {
    /// A LiveJournal/Dreamwidth entry page: the entry, then comments as `div.comment-wrapper#cmtN`
    /// with a `comment-depth-N` class, the poster's `span.ljuser`, the date and the parent link.
    mutating func livejournal() {
        head(title: "Stairwell repairs")
        put(
            "<link rel=\"openid2.provider\" href=\"https://www.dreamwidth.org/openid/server\" />\n<body class=\"page-entry two-columns\">\n<div id=\"canvas\"><div class=\"inner\"><div id=\"header\"><h1 id=\"title\"><span>Notes from the roof</span></h1></div><div id=\"content\"><div class=\"inner\">\n"
        )
        posts += 1
        let owner = handle().lowercased()
        put(
            "<div class=\"entry-wrapper\"><div class=\"entry\" id=\"entry-4521\"><div class=\"header\"><h3 class=\"entry-title\"><a href=\"/4521.html\">Stairwell repairs</a></h3><span class=\"datetime\"><span class=\"date\">2024-03-04</span> <span class=\"time\">08:00 am</span></span></div>"
        )
        put(
            "<div class=\"poster-info\"><span class=\"poster entry-poster\"><span lj:user=\"\(owner)\" style=\"white-space: nowrap;\" class=\"ljuser\"><a href=\"/profile\"><img src=\"user.png\" alt=\"[personal profile] \" width=\"17\" height=\"17\"></a><a href=\"/\"><b>\(owner)</b></a></span></span></div>\n<div class=\"entry-content\">\(paragraphs(5))</div></div></div>\n<div id=\"comments\">\n"
        )
        var depth = 0
        var parents: [Int] = []
        while wantsPost {
            posts += 1
            let id = 90_000 + posts
            let author = handle().lowercased()
            depth = nextDepth(after: depth, deepest: 8)
            parents = Array(parents.prefix(depth))
            put(
                "<div class=\"comment-thread comment-depth-\(depth % 2 == 0 ? "odd" : "even") comment-depth-\(depth + 1)\"><div class=\"dwexpcomment\" style=\"margin-left: \(depth * 25)px;\"><div id=\"cmt\(id)\" class=\"comment-wrapper comment-depth-\(depth + 1) \(posts % 2 == 0 ? "even" : "odd") full\"><div class=\"comment\" id=\"comment-cmt\(id)\"><div class=\"inner\"><div class=\"header\">"
            )
            put(
                "<h4 class=\"comment-title\"><span class=\"invisible\">Subject:</span> Re: repairs</h4><div class=\"datetime comment-datetime\"><span class=\"invisible\">Date:</span> <a href=\"/4521.html?thread=\(id)#cmt\(id)\"><span title=\"3 days ago\">2024-03-04 10:\(number(10...59)) am (UTC)</span></a></div>"
            )
            put(
                "<div class=\"comment-poster\"><span class=\"invisible\">From:</span> <span lj:user=\"\(author)\" style=\"white-space: nowrap;\" class=\"ljuser\"><a href=\"https://\(author).dreamwidth.org/profile\"><img alt=\"[personal profile] \" src=\"user.png\" width=\"17\" height=\"17\"></a><a href=\"https://\(author).dreamwidth.org/\"><b>\(author)</b></a></span></div></div>\n"
            )
            put("<div class=\"contents\"><div class=\"comment-content\">")
            if number(0...5) == 0 { put("<blockquote>\(sentence(number(6...18)))</blockquote>") }
            put(paragraphs())
            put(
                "</div></div>\n<div class=\"footer\"><ul class=\"comment-interaction-links\"><li class=\"link commentpermalink\"><a href=\"/4521.html?thread=\(id)#cmt\(id)\">Link</a></li>"
            )
            if let parent = parents.last {
                put(
                    "<li class=\"link commentparent\"><a href=\"/4521.html?thread=\(parent)#cmt\(parent)\">Parent</a></li>"
                )
            }
            put(
                "<li class=\"link commentreply\"><a href=\"/4521.html?replyto=\(id)\">Reply</a></li></ul></div></div></div></div></div></div>\n"
            )
            parents.append(id)
        }
        put("</div></div></div></div></div>\n")
        footer(newline: "\n")
    }
}
