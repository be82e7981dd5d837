extension PageWriter {
    /// Simple Machines 2.0: `div.post_wrapper` in `#forumposts`, the poster column, the key info
    /// line with "Reply #N on: date", the `div.inner#msg_N` body and `blockquote.bbc_standard_quote`.
    mutating func smf() {
        head(title: "Topic: Seed swap this spring")
        put(
            "<link rel=\"help\" href=\"https://forum.example.org/index.php?action=help\" />\n<body>\n<div id=\"wrapper\"><div id=\"header\"><h1 class=\"forumtitle\"><a href=\"index.php\">Allotment Forum</a></h1></div>\n"
        )
        put(
            "<div id=\"content_section\"><div id=\"main_content_section\"><div id=\"forumposts\"><div class=\"cat_bar\"><h3 class=\"catbg\"><span id=\"top_subject\">Topic: Seed swap this spring  (Read \(number(100...9000)) times)</span></h3></div>\n<form action=\"index.php?action=quickmod2;topic=12.0\" method=\"post\" name=\"quickModForm\" id=\"quickModForm\">\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let id = 90_000 + posts
            let author = pick(Self.names) + "\(number(1...300))"
            put(
                "<div class=\"\(posts % 2 == 0 ? "windowbg2" : "windowbg")\"><span class=\"topslice\"><span></span></span><div class=\"post_wrapper\">\n<div class=\"poster\"><h4><a href=\"index.php?action=profile;u=\(id % 733)\" title=\"View the profile of \(author)\">\(author)</a></h4>"
            )
            put(
                "<ul class=\"reset smalltext\" id=\"msg_\(id)_extra_info\"><li class=\"postgroup\">Full Member</li><li class=\"postcount\">Posts: \(number(1...3000))</li></ul></div>\n"
            )
            put(
                "<div class=\"postarea\"><div class=\"flow_hidden\"><div class=\"keyinfo\"><div class=\"messageicon\"><img src=\"Themes/default/images/post/xx.gif\" alt=\"\" /></div><h5 id=\"subject_\(id)\"><a href=\"index.php?topic=12.msg\(id)#msg\(id)\" rel=\"nofollow\">Re: Seed swap this spring</a></h5>"
            )
            put(
                "<div class=\"smalltext\">&#171; <strong>Reply #\(posts - 1) on:</strong> March 04, 2024, 10:\(number(10...59)):00 AM &#187;</div><div id=\"msg_\(id)_quick_mod\"></div></div></div>\n<div class=\"post\"><div class=\"inner\" id=\"msg_\(id)\">"
            )
            if quotesEarlierPost() {
                put(
                    "<div class=\"quoteheader\"><div class=\"topslice_quote\"><a href=\"index.php?topic=12.msg\(id - 1)#msg\(id - 1)\">Quote from: \(last) on March 04, 2024, 09:00:00 AM</a></div></div><blockquote class=\"bbc_standard_quote\">\(sentence(number(6...20)))<br /></blockquote><div class=\"quotefooter\"><div class=\"botslice_quote\"></div></div>"
                )
            }
            for index in 0..<number(1...3) { put((index > 0 ? "<br /><br />" : "") + paragraph()) }
            put(
                "</div></div>\n<div class=\"under_message\"><ul class=\"reset smalltext quickbuttons\"><li><a href=\"index.php?action=post;quote=\(id);topic=12.0\" class=\"quote_button\">Quote</a></li></ul></div></div>\n<div class=\"moderatorbar\"></div></div><span class=\"botslice\"><span></span></span></div>\n<hr class=\"post_separator\" />\n"
            )
            last = author
        }
        put("</form></div></div></div></div>\n")
        footer(newline: "\n")
    }
}
