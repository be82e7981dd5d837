extension PageWriter {
    /// NodeBB: `[component="topic"]` with `li[component="post"]` items carrying the post id,
    /// index and user name, the post header with `a.timeago`, and `[component="post/content"]`.
    mutating func nodebb() {
        head(title: "Mulch depth for fruit trees")
        put(
            "<meta name=\"generator\" content=\"NodeBB\">\n<body class=\"page-topic page-topic-23 skin-noskin\">\n<main id=\"panel\" class=\"slideout-panel\"><div class=\"container\" id=\"content\">\n<h1 component=\"post/header\" class=\"fs-2 mb-0\"><span class=\"topic-title\" component=\"topic/title\">Mulch depth for fruit trees</span></h1>\n<ul component=\"topic\" class=\"posts timeline\" data-tid=\"23\" data-cid=\"4\">\n"
        )
        var previous = 0
        while wantsPost {
            posts += 1
            let id = 1_200 + posts
            let author = handle()
            put(
                "<li component=\"post\" class=\"pt-4\" data-index=\"\(posts - 1)\" data-pid=\"\(id)\" data-uid=\"\(id % 61)\" data-timestamp=\"\(1_709_547_300 + posts * 97)\" data-username=\"\(author)\" data-userslug=\"\(author.lowercased())\" itemprop=\"comment\" itemtype=\"http://schema.org/Comment\" itemscope>\n"
            )
            put(
                "<a component=\"post/anchor\" data-index=\"\(posts - 1)\" id=\"\(posts)\"></a><meta itemprop=\"datePublished\" content=\"\(isoTime(posts))\"><div class=\"d-flex align-items-start gap-3\"><div class=\"post-container d-flex flex-grow-1 flex-column w-100\">\n"
            )
            put(
                "<div class=\"post-header d-flex flex-wrap gap-1 align-items-center\"><a class=\"fw-bold text-nowrap\" href=\"/user/\(author.lowercased())\" itemprop=\"author\" data-username=\"\(author)\" data-uid=\"\(id % 61)\">\(author)</a><a href=\"/post/\(id)\" class=\"timeago text-muted\" title=\"\(isoTime(posts))\">3 hours ago</a>"
            )
            if previous > 0, number(0...2) == 0 {
                put(
                    "<a component=\"post/parent\" class=\"btn btn-ghost btn-sm\" data-topid=\"\(previous)\" data-parent-pid=\"\(previous)\" href=\"/post/\(previous)\">replied to</a>"
                )
            }
            put(
                "<a href=\"/post/\(id)\" class=\"post-index text-muted\">#\(posts)</a></div>\n<div class=\"content text-break\" component=\"post/content\" itemprop=\"text\">"
            )
            if quotesEarlierPost() { put("<blockquote><p>\(sentence(number(6...20)))</p></blockquote>") }
            put(paragraphs())
            put(
                "</div>\n<div component=\"post/footer\" class=\"post-footer\"><div class=\"d-flex\"><a component=\"post/reply\" href=\"#\" class=\"btn btn-ghost btn-sm\">Reply</a><span component=\"post/vote-count\" data-votes=\"\(number(0...9))\">\(number(0...9))</span></div></div></div></div></li>\n"
            )
            previous = id
        }
        put("</ul></div></main>\n")
        footer(newline: "\n")
    }
}
