extension PageWriter {
    /// vBulletin 4: `li.postcontainer` in `ol#posts`, the post head with date and counter, the
    /// user info, `blockquote.postcontent` and `div.bbcode_quote` quotes.
    mutating func vbulletin() {
        head(title: "Compost bins: wood or plastic?")
        put(
            "<meta name=\"generator\" content=\"vBulletin 4.2.5\" />\n<body>\n<div class=\"above_body\"><div id=\"header\" class=\"floatcontainer doc_header\"><a name=\"top\" href=\"forum.php\" class=\"logo-image\">Forum</a></div></div>\n"
        )
        put(
            "<div class=\"body_wrapper\"><div id=\"pagetitle\" class=\"pagetitle\"><h1>Thread: <span class=\"threadtitle\"><a href=\"showthread.php?t=7\">Compost bins: wood or plastic?</a></span></h1></div>\n<div id=\"postlist\" class=\"postlist restrain\"><ol id=\"posts\" class=\"posts\" start=\"1\">\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 50_000 + posts
            let author = pick(Self.names) + "\(number(1...300))"
            put(
                "<li class=\"postbitlegacy postbitim postcontainer old\" id=\"post_\(id)\"><div class=\"posthead\"><span class=\"postdate old\"><span class=\"date\">03-04-2024,&nbsp;<span class=\"time\">10:\(number(10...59)) AM</span></span></span>"
            )
            put(
                "<span class=\"nodecontrols\"><a name=\"post\(id)\" href=\"showthread.php?t=7&amp;p=\(id)#post\(id)\" class=\"postcounter\">#\(posts)</a><a id=\"postcount\(id)\" name=\"\(posts)\"></a></span></div>\n"
            )
            put(
                "<div class=\"postdetails\"><div class=\"userinfo\"><div class=\"username_container\"><div class=\"popupmenu memberaction\"><a class=\"username offline popupctrl\" href=\"member.php?u=\(id % 911)\" title=\"\(author) is offline\"><strong>\(author)</strong></a></div></div>"
            )
            put(
                "<span class=\"usertitle\">\(pick(["Senior Member", "Junior Member", "Moderator"]))</span><dl class=\"userinfo_extra\"><dt>Join Date</dt> <dd>Mar 2011</dd><dt>Posts</dt> <dd>\(number(1...9000))</dd></dl></div>\n"
            )
            put(
                "<div class=\"postbody\"><div class=\"postrow\"><h2 class=\"title icon\">Re: Compost bins</h2><div class=\"content\"><div id=\"post_message_\(id)\"><blockquote class=\"postcontent restore \">"
            )
            if quotesEarlierPost() {
                put(
                    "<div class=\"bbcode_container\"><div class=\"bbcode_quote\"><div class=\"quote_container\"><div class=\"bbcode_quote_container\"></div><div class=\"bbcode_postedby\"><img src=\"images/misc/quote_icon.png\" alt=\"Quote\" /> Originally Posted by <strong>\(last)</strong><a href=\"showthread.php?p=\(id - 1)#post\(id - 1)\" rel=\"nofollow\"><img class=\"inlineimg\" src=\"images/buttons/viewpost-right.png\" alt=\"View Post\" /></a></div><div class=\"message\">\(sentence(number(6...20)))</div></div></div></div>"
                )
            }
            for index in 0..<number(1...3) { put((index > 0 ? "<br />\n<br />\n" : "") + paragraph()) }
            put(
                "</blockquote></div></div></div></div></div>\n<div class=\"postfoot\"><div class=\"textcontrols floatcontainer\"><span class=\"postcontrols\"><a id=\"qrwq_\(id)\" class=\"newreply\" href=\"newreply.php?do=newreply&amp;p=\(id)\" rel=\"nofollow\" title=\"Reply With Quote\">Reply With Quote</a></span></div></div></li>\n"
            )
            last = author
        }
        put("</ol></div></div>\n")
        footer(newline: "\n")
    }
}
