extension PageWriter {
    /// Discourse's crawler view (what "Save Page As" keeps without JavaScript): `div.crawler-post`
    /// with schema.org author, time and position, the cooked body and `aside.quote` quotes.
    mutating func discourse() {
        head(title: "Frost cloth or fleece?")
        put(
            "<meta name=\"generator\" content=\"Discourse 3.2.0 - https://github.com/discourse/discourse version abc\">\n<meta name=\"discourse_theme_id\" content=\"2\">\n"
        )
        put(
            "<body class=\"crawler \">\n<header><a href=\"/\"><img src=\"/logo.png\" alt=\"Forum\"></a></header>\n<div id=\"main-outlet\" class=\"wrap\" role=\"main\"><div id=\"topic-title\"><h1><a href=\"/t/frost-cloth/88\">Frost cloth or fleece?</a></h1></div>\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let author = handle()
            put(
                "<div id=\"post_\(posts)\" itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\" class=\"topic-body crawler-post\">\n<div class=\"crawler-post-meta\"><span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a itemprop=\"url\" href=\"/u/\(author)\"><span itemprop=\"name\">\(author)</span></a></span>"
            )
            put(
                "<link itemprop=\"mainEntityOfPage\" href=\"/t/frost-cloth/88\"><span class=\"crawler-post-infos\"><time itemprop=\"datePublished\" datetime=\"\(isoTime(posts))\" class=\"post-time\">March 4, 2024, 10:15am</time><meta itemprop=\"dateModified\" content=\"\(isoTime(posts))\"><span itemprop=\"position\">\(posts)</span></span></div>\n<div class=\"post\" itemprop=\"text\">"
            )
            if quotesEarlierPost() {
                put(
                    "<aside class=\"quote no-group\" data-username=\"\(last)\" data-post=\"\(posts - 1)\" data-topic=\"88\"><div class=\"title\"><div class=\"quote-controls\"></div><img alt=\"\" width=\"24\" height=\"24\" src=\"/user_avatar/\(last)/48/1.png\" class=\"avatar\"> \(last):</div><blockquote><p>\(sentence(number(6...20)))</p></blockquote></aside>\n"
                )
            }
            put(paragraphs())
            put(
                "</div>\n<div itemprop=\"interactionStatistic\" itemscope itemtype=\"http://schema.org/InteractionCounter\"><meta itemprop=\"interactionType\" content=\"http://schema.org/LikeAction\"/><meta itemprop=\"userInteractionCount\" content=\"\(number(0...9))\" /><span class='post-likes'>\(number(1...9)) Likes</span></div>\n</div>\n"
            )
            last = author
        }
        put("</div>\n")
        footer(newline: "\n")
    }
}
