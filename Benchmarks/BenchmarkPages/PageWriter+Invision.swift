extension PageWriter {
    /// Invision Community 4: `article#elComment_N` with the author pane, `time` in the meta line,
    /// the `commentContent` body, `blockquote.ipsQuote` quotes and reaction counts.
    mutating func invision() {
        open(
            title: "Raised beds on clay soil",
            body: "class=\"ipsApp ipsApp_front ipsJS_has ipsClearfix\" data-pageapp=\"forums\"",
            "<div id=\"ipsLayout_contentWrapper\"><h1 class=\"ipsType_pageTitle ipsContained_container\"><span class=\"ipsType_break ipsContained\">Raised beds on clay soil</span></h1>\n<div data-role=\"commentFeed\" data-controller=\"core.front.core.moderation\">\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 1_000_000 + posts * 3
            let author = pick(Self.names) + "\(number(1...300))"
            put(
                "<a id=\"comment-\(id)\"></a><article id=\"elComment_\(id)\" class=\"cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing\">\n"
            )
            put(
                "<aside class=\"ipsComment_author cAuthorPane ipsColumn ipsColumn_medium\"><h3 class=\"ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break\"><strong><a href=\"https://forum.example.org/profile/\(id % 977)-member/\" class=\"ipsType_break\">\(author)</a></strong></h3>"
            )
            put(
                "<ul class=\"cAuthorPane_info ipsList_reset\"><li class=\"ipsType_break\">Members</li><li class=\"ipsType_light\">\(number(1...4000)) posts</li></ul></aside>\n"
            )
            put(
                "<div class=\"ipsColumn ipsColumn_fluid ipsMargin:none\"><div id=\"comment-\(id)_wrap\" data-controller=\"core.front.core.comment\" class=\"ipsComment_content ipsType_medium\">"
            )
            put(
                "<div class=\"ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center\"><p class=\"ipsType_reset\"><a href=\"?do=findComment&amp;comment=\(id)\" class=\"ipsType_blendLinks\">Posted <time datetime=\"\(isoTime(posts))\" title=\"03/04/2024 10:15  AM\" data-short=\"1 yr\">March 4, 2024</time></a></p></div>\n"
            )
            put(
                "<div data-role=\"commentContent\" class=\"ipsType_normal ipsType_richText ipsPadding_bottom ipsContained\" data-controller=\"core.front.core.lightboxedImages\">"
            )
            if quotesEarlierPost() {
                put(
                    "<blockquote class=\"ipsQuote\" data-ipsquote=\"\" data-ipsquote-contentapp=\"forums\" data-ipsquote-contentcommentid=\"\(id - 3)\" data-ipsquote-contentid=\"4242\" data-ipsquote-username=\"\(last)\"><div class=\"ipsQuote_citation\">\(last) said:</div><div class=\"ipsQuote_contents\"><p>\(sentence(number(6...20)))</p></div></blockquote>"
                )
            }
            put(paragraphs())
            put("</div>\n")
            if number(0...1) == 0 {
                put(
                    "<div class=\"ipsItemControls\"><div data-controller=\"core.front.core.reaction\" class=\"ipsItemControls_right ipsClearfix\"><div class=\"ipsReact ipsPos_right\"><ul class=\"ipsReact_reactions\"><li class=\"ipsReact_reactCount\"><a href=\"?do=showReactionsComment&amp;comment=\(id)\" data-ipstooltip=\"\"><span><img src=\"https://forum.example.org/uploads/reactions/react_like.png\" alt=\"Like\" loading=\"lazy\"></span><span>\(number(1...9))</span></a></li></ul></div></div></div>\n"
                )
            }
            put("</div></div></article>\n")
            last = author
        }
        put("</div></div>\n")
        footer(newline: "\n")
    }
}
