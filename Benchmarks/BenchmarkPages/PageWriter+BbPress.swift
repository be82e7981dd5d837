extension PageWriter {
    /// bbPress: `ul.bbp-replies` in `#bbpress-forums`, each post a `div.bbp-reply-header` with
    /// the date, then the `div.type-reply` with the author and `.bbp-reply-content`.
    mutating func bbpress() {
        open(
            title: "Rain barrel overflow", body: "class=\"topic bbpress single single-topic\"",
            "<div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">Garden Forum</a></p></header>\n<main id=\"main\"><h1 class=\"entry-title\">Rain barrel overflow</h1>\n<div id=\"bbpress-forums\" class=\"bbpress-wrapper\"><ul id=\"topic-900-replies\" class=\"forums bbp-replies\">\n<li class=\"bbp-header\"><div class=\"bbp-reply-author\">Author</div><div class=\"bbp-reply-content\">Posts</div></li>\n<li class=\"bbp-body\">\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 900 + posts
            let author = pick(Self.names) + "\(number(1...300))"
            let kind = posts == 1 ? "topic" : "reply"
            put(
                "<div id=\"post-\(id)\" class=\"bbp-\(kind)-header\"><div class=\"bbp-meta\"><span class=\"bbp-\(kind)-post-date\">March 4, 2024 at 10:\(number(10...59)) am</span><a href=\"/forums/topic/rain-barrel/#post-\(id)\" class=\"bbp-\(kind)-permalink\">#\(id)</a></div></div>\n"
            )
            put(
                "<div class=\"loop-item-\(posts - 1) user-id-\(id % 97) bbp-parent-forum-12 bbp-parent-topic-900 bbp-reply-position-\(posts) \(posts % 2 == 0 ? "even" : "odd") post-\(id) \(kind) type-\(kind) status-publish hentry\">\n"
            )
            put(
                "<div class=\"bbp-\(kind)-author\"><a href=\"/forums/users/member\(id % 97)/\" title=\"View \(author)'s profile\" class=\"bbp-author-link\"><span class=\"bbp-author-avatar\"><img alt=\"\" src=\"/avatar.png\" class=\"avatar avatar-80 photo\" height=\"80\" width=\"80\"></span><span class=\"bbp-author-name\">\(author)</span></a><div class=\"bbp-author-role\">Participant</div></div>\n"
            )
            put("<div class=\"bbp-\(kind)-content\">")
            if quotesEarlierPost() {
                put("<blockquote><cite>\(last)</cite><p>\(sentence(number(6...20)))</p></blockquote>")
            }
            put(paragraphs())
            put("</div>\n</div>\n")
            last = author
        }
        put(
            "</li>\n<li class=\"bbp-footer\"><div class=\"tr\"><p><span class=\"td colspan2\">&nbsp;</span></p></div></li></ul></div></main></div>\n"
        )
        footer(newline: "\n")
    }
}
