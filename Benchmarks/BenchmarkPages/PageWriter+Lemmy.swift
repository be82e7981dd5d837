extension PageWriter {
    /// Lemmy's web UI: the `div.post-listing` with title and body, then `ul.comments` of
    /// `li.comment > article.comment-node#comment-N`, replies in nested `ul.comments`.
    mutating func lemmy() {
        head(title: "Protected bike lanes - harbourtown")
        put(
            "<body>\n<div id=\"root\"><div class=\"home\"><nav class=\"navbar navbar-expand-md\"><a class=\"navbar-brand\" href=\"/\">lemmy.example</a></nav>\n<main class=\"container-lg\">\n"
        )
        posts += 1
        let owner = handle()
        put(
            "<div class=\"post-listing mt-2\"><div class=\"post-title\"><h1 class=\"h5 d-inline text-break\"><a class=\"link-dark\" href=\"/post/88\">Protected bike lanes</a></h1></div><div class=\"small mb-1 mb-md-0\"><a class=\"person-listing d-inline-flex align-items-baseline text-info\" title=\"\(owner)@lemmy.example\" href=\"/u/\(owner)\"><span>\(owner)</span></a> to <a class=\"community-link\" href=\"/c/harbourtown\">harbourtown</a> <span class=\"moment-time pointer unselectable\" data-tippy-content=\"Monday, March 4, 2024 at 9:00:00 AM\">3h</span></div>\n"
        )
        put(
            "<article class=\"my-2 card\"><div class=\"card-body post-body\"><div class=\"md-div\">\(paragraphs(4))</div></div></article></div>\n<div class=\"comments\"><ul class=\"comments\">\n"
        )
        var depth = -1
        while wantsPost {
            posts += 1
            let id = 9_100 + posts
            let author = handle()
            startReply(after: &depth, deepest: 8, list: ("<ul class=\"comments\">\n", "</ul>\n"), itemEnd: "</li>\n")
            put(
                "<li class=\"comment list-unstyled\"><article id=\"comment-\(id)\" class=\"details comment-node py-2 border-top border-light-subtle\"><div class=\"ms-2\"><div class=\"row text-muted small\" role=\"group\"><div class=\"col flex-grow-1\"><div class=\"d-flex flex-wrap align-items-center\"><a class=\"person-listing d-inline-flex align-items-baseline text-info\" title=\"\(author)@lemmy.example\" href=\"/u/\(author)\"><span>\(author)</span></a></div></div>"
            )
            put(
                "<div class=\"col-auto\"><span class=\"moment-time pointer unselectable\" data-tippy-content=\"Monday, March 4, 2024 at 10:\(number(10...59)):00 AM\">2h</span></div></div>\n<div class=\"comment-content\"><div class=\"md-div\">"
            )
            replyBody()
            put(
                "</div></div>\n<div class=\"row row-cols-auto align-items-center g-3 text-muted fw-bold mt-1\"><div class=\"col\"><button class=\"btn btn-animate btn-sm btn-link py-0 px-1 text-muted\" aria-label=\"Upvote\"><span class=\"me-2\">\(number(0...40))</span></button></div></div></div></article>"
            )
        }
        closeNesting(from: depth, listEnd: "</ul>\n", itemEnd: "</li>\n")
        put("</ul></div></main></div></div>\n")
        footer(newline: "\n")
    }
}
