extension PageWriter {
    /// Vanilla Forums 2: the discussion `div.ItemDiscussion#Discussion_N` and the comments
    /// `li.ItemComment#Comment_N`, each with `.Item-Header` (author, `time`) and `.Message`.
    mutating func vanilla() {
        open(
            title: "Best time to lift potatoes",
            body: "id=\"vanilla_discussion_index\" class=\"Vanilla Discussion isDesktop index Section-Discussion\"",
            "<div id=\"Frame\"><div class=\"Frame-top\"><div class=\"Frame-header\"><a href=\"/\" class=\"Header-logo\">Community</a></div></div>\n<div class=\"Frame-body\"><div class=\"Frame-content\"><div class=\"Container\"><div class=\"Frame-row\"><main class=\"Content MainContent\">\n<div class=\"PageTitle\"><h1>Best time to lift potatoes</h1></div>\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 600 + posts
            let author = handle()
            let opening = posts == 1
            put(
                opening
                    ? "<div id=\"Item_0\" class=\"PageTitle\"></div><div class=\"MessageList Discussion\"><div class=\"Item ItemDiscussion noPhotoWrap\" id=\"Discussion_\(id)\">"
                    : "\(posts == 2 ? "<ul class=\"MessageList DataList Comments\">\n" : "")<li class=\"Item ItemComment\" id=\"Comment_\(id)\">"
            )
            put(
                "<div class=\"Comment\"><div class=\"Item-Header CommentHeader\"><div class=\"AuthorWrap\"><span class=\"Author\"><a title=\"\(author)\" href=\"/profile/\(author)\" class=\"PhotoWrap\"><img src=\"/uploads/userpics/n\(id % 50).jpg\" alt=\"\(author)\" class=\"ProfilePhoto ProfilePhotoMedium\"></a><a href=\"/profile/\(author)\" class=\"Username\">\(author)</a></span></div>"
            )
            put(
                "<div class=\"Meta CommentMeta CommentInfo\"><span class=\"MItem DateCreated\"><a href=\"/discussion/comment/\(id)/#Comment_\(id)\" class=\"Permalink\" rel=\"nofollow\"><time title=\"March 4, 2024 10:15AM\" datetime=\"\(isoTime(posts))\">March 4</time></a></span></div></div>\n<div class=\"Item-BodyWrap\"><div class=\"Item-Body\"><div class=\"Message userContent\">"
            )
            if quotesEarlierPost() {
                put(
                    "<blockquote class=\"Quote UserQuote\"><div class=\"QuoteAuthor\"><a href=\"/profile/\(last)\" class=\"js-userCard\">\(last)</a> said:</div><div class=\"QuoteText\"><p>\(sentence(number(6...20)))</p></div></blockquote>"
                )
            }
            put(paragraphs())
            put(
                "</div><div class=\"Reactions\"><a href=\"/react/comment/like?id=\(id)\" title=\"Like\" class=\"ReactButton ReactButton-Like\" rel=\"nofollow\"><span class=\"ReactSprite react-like\"></span> <span class=\"Count\">\(number(1...9))</span><span class=\"ReactLabel\">Like</span></a></div></div></div></div>"
            )
            put(opening ? "</div></div>\n" : "</li>\n")
            last = author
        }
        if posts > 1 { put("</ul>\n") }
        put("</main></div></div></div></div></div>\n")
        footer(newline: "\n")
    }
}
