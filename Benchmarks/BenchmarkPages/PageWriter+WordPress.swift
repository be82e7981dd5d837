extension PageWriter {
    /// WordPress with a classic theme: the `article.type-post` entry, then threaded comments,
    /// `li.comment#comment-N` with `article.comment-body` and nested `ol.children`.
    mutating func wordpress() {
        head(title: "Ten years of a no-dig plot")
        put(
            "<meta name=\"generator\" content=\"WordPress 6.4.3\" />\n<link rel=\"https://api.w.org/\" href=\"https://blog.example.org/wp-json/\" />\n<body class=\"post-template-default single single-post postid-77 single-format-standard\">\n"
        )
        put(
            "<div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\" rel=\"home\">Plot Notes</a></p><nav class=\"main-navigation\"><ul><li><a href=\"/about/\">About</a></li></ul></nav></header>\n<main id=\"main\" class=\"site-main\">\n"
        )
        posts += 1
        let owner = handle()
        put(
            "<article id=\"post-77\" class=\"post-77 post type-post status-publish format-standard hentry category-growing\"><header class=\"entry-header\"><h1 class=\"entry-title\">Ten years of a no-dig plot</h1><div class=\"entry-meta\"><span class=\"posted-on\"><a href=\"/2024/03/no-dig/\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"\(isoTime(1))\">March 4, 2024</time></a></span><span class=\"byline\"> by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/\(owner)/\">\(owner)</a></span></span></div></header>\n"
        )
        put(
            "<div class=\"entry-content\">\(paragraphs(6))</div></article>\n<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">Comments</h2><ol class=\"comment-list\">\n"
        )
        var depth = -1
        while wantsPost {
            posts += 1
            let id = 3_000 + posts
            let author = pick(Self.names) + "\(number(1...300))"
            startReply(after: &depth, deepest: 5, list: ("<ol class=\"children\">\n", "</ol>\n"), itemEnd: "</li>\n")
            put(
                "<li id=\"comment-\(id)\" class=\"comment \(posts % 2 == 0 ? "even" : "odd") thread-\(posts % 2 == 0 ? "even" : "odd") depth-\(depth + 1)\"><article id=\"div-comment-\(id)\" class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><img alt=\"\" src=\"https://secure.gravatar.com/avatar/\(id)?s=32\" class=\"avatar avatar-32 photo\" height=\"32\" width=\"32\" loading=\"lazy\"><b class=\"fn\">\(author)</b> <span class=\"says\">says:</span></div>"
            )
            put(
                "<div class=\"comment-metadata\"><a href=\"/2024/03/no-dig/#comment-\(id)\"><time datetime=\"\(isoTime(posts))\">March 4, 2024 at 10:15 am</time></a></div></footer>\n<div class=\"comment-content\">"
            )
            replyBody()
            put(
                "</div>\n<div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#comment-\(id)\" data-commentid=\"\(id)\" data-postid=\"77\" data-belowelement=\"div-comment-\(id)\" data-respondelement=\"respond\" aria-label=\"Reply to \(author)\">Reply</a></div></article>"
            )
        }
        closeNesting(from: depth, listEnd: "</ol>\n", itemEnd: "</li>\n")
        put(
            "</ol>\n<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h3><form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\" class=\"comment-form\"><p class=\"comment-form-comment\"><textarea id=\"comment\" name=\"comment\" cols=\"45\" rows=\"8\"></textarea></p></form></div></div></main>\n<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">Proudly powered by WordPress</div></footer></div>\n"
        )
        footer(newline: "\n")
    }
}
