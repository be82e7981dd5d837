extension PageWriter {
    /// Flarum, as the browser shows it: `div.PostStream-item` with its id, number and time, the
    /// post header with the user and `time`, `.Post-body`, and the `#flarum-loading` shell.
    mutating func flarum() {
        open(
            title: "Greenhouse heaters", body: "",
            "<div id=\"app\" class=\"App affixNavigation\"><div id=\"app-navigation\" class=\"App-navigation\"></div><div id=\"drawer\" class=\"App-drawer\"><header id=\"header\" class=\"App-header\"><div id=\"header-navigation\" class=\"Header-navigation\"></div><h1 class=\"Header-title\"><a href=\"/\">Allotments</a></h1></header></div>\n<main class=\"App-content\"><div id=\"content\"><div class=\"DiscussionPage\"><div class=\"DiscussionPage-discussion\"><header class=\"Hero DiscussionHero\"><div class=\"container\"><ul class=\"DiscussionHero-items\"><li class=\"item-title\"><h2 class=\"DiscussionHero-title\">Greenhouse heaters</h2></li></ul></div></header>\n<div class=\"container\"><div class=\"DiscussionPage-stream\"><div class=\"PostStream\" role=\"feed\" aria-live=\"off\">\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 400 + posts
            let author = handle()
            put(
                "<div class=\"PostStream-item\" data-index=\"\(posts - 1)\" data-time=\"\(isoTime(posts))\" data-number=\"\(posts)\" data-id=\"\(id)\" data-type=\"comment\" aria-setsize=\"-1\" aria-posinset=\"\(posts - 1)\"><article class=\"Post CommentPost Post--by-actor\"><div><header class=\"Post-header\"><ul>"
            )
            put(
                "<li class=\"item-user\"><div class=\"PostUser\"><h3 class=\"PostUser-name\"><a href=\"/u/\(author)\"><span class=\"Avatar \" loading=\"lazy\" style=\"--avatar-bg: #a0c3e5;\">\(author.prefix(1))</span><span class=\"username\">\(author)</span></a></h3><ul class=\"PostUser-badges badges\"></ul></div></li>"
            )
            put(
                "<li class=\"item-meta\"><div class=\"Dropdown PostMeta\"><a class=\"Dropdown-toggle\" data-toggle=\"dropdown\"><time pubdate=\"\" datetime=\"\(isoTime(posts))\" title=\"Monday, March 4, 2024 10:15 AM\" data-humantime=\"\">4 Mar</time></a></div></li></ul></header>\n<div class=\"Post-body\">"
            )
            if quotesEarlierPost() {
                put(
                    "<blockquote><p><a href=\"/d/77/\(posts - 1)\" class=\"PostMention\" data-id=\"\(id - 1)\">\(last)</a> \(sentence(number(6...20)))</p></blockquote>"
                )
            }
            put(paragraphs())
            put(
                "</div>\n<aside class=\"Post-footer\"><ul><li class=\"item-liked\"><a class=\"Post-likedBy\">\(pick(Self.names)) likes this.</a></li></ul></aside><aside class=\"Post-actions\"><ul><li class=\"item-like\"><button class=\"Button Button--link\" type=\"button\" title=\"Like\"><span class=\"Button-label\">Like</span></button></li></ul></aside></div></article></div>\n"
            )
            last = author
        }
        put(
            "</div></div></div></div></div></div></main></div>\n<div id=\"flarum-loading\" style=\"display: none\">Loading...</div>\n<noscript><div class=\"Alert\"><div class=\"container\">This site is best viewed in a modern browser with JavaScript enabled.</div></div></noscript>\n"
        )
        footer(newline: "\n")
    }
}
