extension PageWriter {
    /// Disqus, saved with its frame: `ul#post-list` of `li.post#post-N`, the byline with the
    /// author and `a.time-ago`, `.post-message[data-role=message]`, replies in `ul.children`.
    mutating func disqus() {
        open(
            title: "Comments: the hosepipe ban", body: "",
            "<div id=\"disqus_thread\"><div id=\"layout\" data-tracking-area=\"layout\"><section id=\"conversation\" data-role=\"main\" data-tracking-area=\"main\"><div id=\"posts\"><ul id=\"post-list\" class=\"post-list\">\n"
        )
        var depth = -1
        var parents: [Int] = []
        while wantsPost {
            posts += 1
            let id = 5_000_000 + posts * 11
            let author = handle()
            startReply(
                after: &depth, deepest: 6, list: ("<ul class=\"children\" data-role=\"children\">\n", "</ul>\n"),
                itemEnd: "</li>\n")
            parents = Array(parents.prefix(depth))
            put(
                "<li class=\"post\" id=\"post-\(id)\"><div role=\"alert\"></div><div class=\"post-content\" data-role=\"post-content\"><div class=\"avatar hovercard\"><a href=\"https://disqus.com/by/\(author)/\" class=\"user\" data-action=\"profile\" data-username=\"\(author)\"><img data-role=\"user-avatar\" src=\"//a.disquscdn.com/avatar92.jpg\" alt=\"Avatar\"></a></div>"
            )
            put(
                "<div class=\"post-body\"><header class=\"comment__header\"><span class=\"post-byline\"><span class=\"author publisher-anchor-color\"><a href=\"https://disqus.com/by/\(author)/\" data-action=\"profile\" data-username=\"\(author)\">\(author)</a></span>"
            )
            if let parent = parents.last {
                put(
                    " <span class=\"parent-link-container\"><a href=\"#comment-\(parent)\" class=\"parent-link\" data-role=\"parent-link\"><i aria-label=\"in reply to\" class=\"icon-forward\"></i></a></span>"
                )
            }
            put(
                "</span><span class=\"post-meta\"><span class=\"bullet time-ago-bullet\" aria-hidden=\"true\">&#8226;</span> <a href=\"https://news.example.org/hosepipe#comment-\(id)\" data-role=\"relative-time\" class=\"time-ago\" title=\"Monday, March 4, 2024 10:15 AM\">3 hours ago</a></span></header>\n"
            )
            put(
                "<div class=\"post-body-inner\"><div class=\"post-message-container\" data-role=\"message-container\"><div class=\"publisher-anchor-color\" data-role=\"message-content\"><div class=\"post-message \" data-role=\"message\" dir=\"auto\">"
            )
            replyBody()
            put(
                "</div></div></div></div><footer class=\"comment__footer\"><menu class=\"comment-footer__menu\"><li class=\"voting\" data-role=\"voting\"><a href=\"#\" class=\"vote-up count-\(number(0...9))\" data-action=\"upvote\" title=\"Vote up\"><span class=\"updatable count\" data-role=\"likes\">\(number(0...9))</span></a></li><li class=\"reply\" data-role=\"reply-link\"><a href=\"#\" data-action=\"reply\"><span class=\"text\">Reply</span></a></li></menu></footer></div></div>\n"
            )
            parents.append(id)
        }
        closeNesting(from: depth, listEnd: "</ul>\n", itemEnd: "</li>\n")
        put("</ul></div></section></div></div>\n")
        footer(newline: "\n")
    }
}
