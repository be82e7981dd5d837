extension PageWriter {
    /// Reddit's 2023 design: `shreddit-post` with its slots, then `shreddit-comment` custom
    /// elements nested inside each other, each with `thingid`, `author` and `depth`.
    mutating func shreddit() {
        head(title: "Allotment waiting lists : r/Allotments")
        put(
            "<meta property=\"og:site_name\" content=\"Reddit\">\n<body>\n<shreddit-app routename=\"post_page\" pagetype=\"post_detail\"><reddit-header-large><a href=\"/\" aria-label=\"Home\">reddit</a></reddit-header-large>\n"
        )
        posts += 1
        let owner = handle()
        put(
            "<shreddit-post id=\"t3_1q7w2e\" author=\"\(owner)\" created-timestamp=\"\(isoTime(1))\" post-title=\"Allotment waiting lists\" score=\"\(number(10...999))\" comment-count=\"0\"><div slot=\"credit-bar\"><a href=\"/user/\(owner)/\">u/\(owner)</a> <faceplate-timeago ts=\"\(isoTime(1))\"><time datetime=\"\(isoTime(1))\">5 hr. ago</time></faceplate-timeago></div>"
        )
        put(
            "<h1 slot=\"title\">Allotment waiting lists</h1><div slot=\"text-body\"><div class=\"md\">\(paragraphs(4))</div></div></shreddit-post>\n<shreddit-comment-tree id=\"comment-tree\" post-id=\"t3_1q7w2e\">\n"
        )
        var depth = -1
        var parents: [String] = []
        while wantsPost {
            posts += 1
            let id = "t1_" + String(posts &* 7_919 &+ 1_000_000, radix: 36)
            let author = handle()
            startReply(after: &depth, deepest: 8, list: ("", ""), itemEnd: "</shreddit-comment>\n")
            parents = Array(parents.prefix(depth))
            put(
                "<shreddit-comment author=\"\(author)\" thingid=\"\(id)\" depth=\"\(depth)\" parentid=\"\(parents.last ?? "t3_1q7w2e")\" postid=\"t3_1q7w2e\" score=\"\(number(-9...99))\" permalink=\"/r/Allotments/comments/1q7w2e/comment/\(id.dropFirst(3))/\" content-type=\"text\">"
            )
            put(
                "<div slot=\"commentMeta\"><a href=\"/user/\(author)/\">\(author)</a> <a href=\"/r/Allotments/comments/1q7w2e/comment/\(id.dropFirst(3))/\"><faceplate-timeago ts=\"\(isoTime(posts))\"><time datetime=\"\(isoTime(posts))\">\(number(1...5)) hr. ago</time></faceplate-timeago></a></div>\n<div slot=\"comment\" id=\"\(id)-comment-rtjson-content\"><div class=\"md\">"
            )
            replyBody()
            put(
                "</div></div>\n<shreddit-comment-action-row slot=\"actionRow\" comment-id=\"\(id)\"></shreddit-comment-action-row>\n"
            )
            parents.append(id)
        }
        closeNesting(from: depth, listEnd: "", itemEnd: "</shreddit-comment>\n")
        put("</shreddit-comment-tree></shreddit-app>\n")
        footer(newline: "\n")
    }
}
