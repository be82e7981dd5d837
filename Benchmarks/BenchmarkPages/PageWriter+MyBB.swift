extension PageWriter {
    /// MyBB 1.8: `div.post#post_N` in `#posts`, the author information, the post head with the
    /// date and `#N`, `div.post_body#pid_N` and `blockquote.mycode_quote` with its `cite`.
    mutating func mybb() {
        open(
            title: "Leek rust again", body: "",
            "<div id=\"container\"><div id=\"header\"><div class=\"logo\"><a href=\"index.php\"><img src=\"images/logo.png\" alt=\"Forum\" /></a></div></div>\n<div id=\"content\"><table border=\"0\" cellspacing=\"0\" cellpadding=\"5\" class=\"tborder tfixed clear\"><tr><td class=\"thead\"><div><strong>Leek rust again</strong></div></td></tr></table>\n<div id=\"posts_container\"><div id=\"posts\">\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 30_000 + posts
            let author = pick(Self.names) + "\(number(1...300))"
            put(
                "<a name=\"pid\(id)\" id=\"pid\(id)\"></a>\n<div class=\"post classic \" style=\"\" id=\"post_\(id)\">\n<div class=\"post_author scaleimages\"><div class=\"author_avatar\"><a href=\"member.php?action=profile&amp;uid=\(id % 577)\"><img src=\"images/default_avatar.png\" alt=\"\" width=\"55\" height=\"55\" /></a></div>"
            )
            put(
                "<div class=\"author_information\"><strong><span class=\"largetext\"><a href=\"member.php?action=profile&amp;uid=\(id % 577)\">\(author)</a></span></strong><br /><span class=\"smalltext\">Member<br /></span></div>"
            )
            put(
                "<div class=\"author_statistics\">Posts: \(number(1...2000))<br />Joined: Mar 2019</div></div>\n<div class=\"post_content\"><div class=\"post_head\"><div class=\"float_right\" style=\"vertical-align: top\"><strong><a href=\"showthread.php?tid=5&amp;pid=\(id)#pid\(id)\" title=\"RE: Leek rust again\">#\(posts)</a></strong></div>"
            )
            put(
                "<span class=\"post_date\">03-04-2024, 10:\(number(10...59)) AM <span class=\"post_edit\" id=\"edited_by_\(id)\"></span></span></div>\n<div class=\"post_body scaleimages\" id=\"pid_\(id)\">"
            )
            if quotesEarlierPost() {
                put(
                    "<blockquote class=\"mycode_quote\"><cite><span> (03-04-2024, 09:00 AM)</span>\(last) Wrote: <a href=\"showthread.php?pid=\(id - 1)#pid\(id - 1)\" class=\"quick_jump\"></a></cite>\(sentence(number(6...20)))</blockquote><br />\n"
                )
            }
            for index in 0..<number(1...3) { put((index > 0 ? "<br />\n<br />\n" : "") + paragraph()) }
            put(
                "</div>\n<div class=\"post_meta\" id=\"post_meta_\(id)\"></div></div>\n<div class=\"post_controls\"><div class=\"postbit_buttons author_buttons float_left\"><a href=\"private.php?action=send&amp;uid=\(id % 577)\" title=\"Send a private message\" class=\"postbit_pm\"><span>PM</span></a></div></div>\n</div>\n"
            )
            last = author
        }
        put("</div></div></div></div>\n")
        footer(newline: "\n")
    }
}
