extension PageWriter {
    /// phpBB: prosilver `div.post` blocks, a layout table around the topic, `dl.postprofile`.
    mutating func phpbb() {
        let nl = "\n"
        head(title: "Water trough by the north gate", lang: "en-gb", newline: nl)
        put(
            "<body id=\"phpbb\" class=\"nojs notouch section-viewtopic ltr \">\(nl)<div id=\"wrap\" class=\"wrap\">\(nl)"
        )
        put(
            "<a id=\"top\" class=\"top-anchor\" accesskey=\"t\"></a>\(nl)<div id=\"page-header\"><div class=\"headerbar\" role=\"banner\"><div class=\"inner\">"
        )
        put(
            "<div id=\"site-description\" class=\"site-description\"><a id=\"logo\" class=\"logo\" href=\"./index.php?sid=0123456789abcdef\" title=\"Board index\"><span class=\"site_logo\"></span></a><h1>Allotment Forum</h1></div></div></div></div>\(nl)"
        )
        put(
            "<table class=\"tablebg\" width=\"100%\" cellspacing=\"1\"><tr><td class=\"row1\"><p class=\"breadcrumbs\"><a href=\"./index.php\">Board index</a> &#187; <a href=\"./viewforum.php?f=3\">Growing</a></p></td></tr></table>\(nl)"
        )
        put(
            "<div id=\"page-body\" class=\"page-body\" role=\"main\">\(nl)<h2 class=\"topic-title\"><a href=\"./viewtopic.php?t=42&amp;sid=0123\">Water trough by the north gate</a></h2>\(nl)"
        )
        var post = 0
        while wantsPost {
            post += 1
            posts += 1
            let author = "\(pick(Self.names))\(number(1...500))"
            let user = number(2...9_000)
            put(
                "<div id=\"p\(post)\" class=\"post has-profile bg\(post % 2 + 1)\">\(nl)<div class=\"inner\">\(nl)\(nl)"
            )
            put("<dl class=\"postprofile\" id=\"profile\(post)\">\(nl)<dt class=\"has-profile-rank has-avatar\">\(nl)")
            put(
                "<div class=\"avatar-container\"><a href=\"./memberlist.php?mode=viewprofile&amp;u=\(user)&amp;sid=0123\" class=\"avatar\"><img class=\"avatar\" src=\"./download/file.php?avatar=\(user)_1700000000.png\" width=\"90\" height=\"90\" alt=\"User avatar\" /></a></div>\(nl)"
            )
            put(
                "<a href=\"./memberlist.php?mode=viewprofile&amp;u=\(user)&amp;sid=0123\" style=\"color: #AA0000;\" class=\"username-coloured\">\(author)</a>\(nl)</dt>\(nl)"
            )
            put(
                "<dd class=\"profile-rank\">\(pick(["Site Admin", "Registered User", "Green Thumb"]))<br /><img src=\"./images/ranks/rank\(number(1...5)).gif\" alt=\"rank\" title=\"rank\" /></dd>\(nl)"
            )
            put(
                "<dd class=\"profile-posts\"><strong>Posts:</strong> <a href=\"./search.php?author_id=\(user)&amp;sr=posts\">\(number(1...9000))</a></dd>\(nl)"
            )
            put(
                "<dd class=\"profile-joined\"><strong>Joined:</strong> Sat Mar 0\(number(1...9)), 2014 9:12 pm</dd>\(nl)</dl>\(nl)\(nl)"
            )
            put(
                "<div class=\"postbody\">\(nl)<div id=\"post_content\(post)\">\(nl)<h3 \(post == 1 ? "class=\"first\"" : "")><a href=\"#p\(post)\">Re: Water trough by the north gate</a></h3>\(nl)"
            )
            put(
                "<ul class=\"post-buttons\">\(nl)<li><a href=\"./posting.php?mode=quote&amp;f=3&amp;p=\(post)&amp;sid=0123\" title=\"Reply with quote\" class=\"button button-icon-only\"><i class=\"icon fa-quote-left fa-fw\" aria-hidden=\"true\"></i><span class=\"sr-only\">Quote</span></a></li>\(nl)</ul>\(nl)"
            )
            put(
                "<p class=\"author\"><a class=\"unread\" href=\"./viewtopic.php?p=\(post)#p\(post)\" title=\"Post\"><i class=\"icon fa-file fa-fw icon-lightgray icon-md\" aria-hidden=\"true\"></i><span class=\"sr-only\">Post</span></a>"
            )
            put(
                "<span class=\"responsive-hide\">by <strong><a href=\"./memberlist.php?mode=viewprofile&amp;u=\(user)\" class=\"username\">\(author)</a></strong> &raquo; </span><time datetime=\"2024-03-0\(number(1...9))T21:\(number(10...59)):00+00:00\">Mon Mar 04, 2024 9:15 pm</time></p>\(nl)"
            )
            put("<div class=\"content\">")
            if post > 1, number(0...2) == 0 {
                put(
                    "<blockquote cite=\"./viewtopic.php?p=\(post - 1)#p\(post - 1)\"><div><cite><a href=\"./memberlist.php?mode=viewprofile&amp;u=\(user)\">\(author)</a> wrote: <a href=\"./viewtopic.php?p=\(post - 1)#p\(post - 1)\" data-post-id=\"\(post - 1)\" onclick=\"if(document.getElementById(hash.substr(1)))href=hash\">&uarr;</a><span class=\"responsive-hide\">Mon Mar 04, 2024 9:00 pm</span></cite>\(sentence(number(8...25)))</div></blockquote>"
                )
            }
            for index in 0..<number(1...4) {
                if index > 0 { put("<br>\(nl)<br>\(nl)") }
                put(paragraph())
            }
            if number(0...5) == 0 {
                put(
                    "<table class=\"table1\"><tr><th>Crop</th><th>Yield</th></tr><tr><td>Beans<td>\(number(1...99)) kg<tr><td>Garlic<td>\(number(1...99)) bulbs</table>"
                )
            }
            put("</div>\(nl)\(nl)")
            if number(0...2) == 0 {
                put(
                    "<div id=\"sig\(post)\" class=\"signature\"><span style=\"font-size:85%;line-height:116%\"><span style=\"color:#008000\">\(sentence(number(4...10)))</span></span><font color=\"green\"><p>Sig line</font></div>\(nl)"
                )
            }
            put(
                "</div>\(nl)</div>\(nl)\(nl)<div class=\"back2top\"><a href=\"#top\" class=\"top\" title=\"Top\"><i class=\"icon fa-chevron-circle-up fa-fw icon-gray\" aria-hidden=\"true\"></i><span class=\"sr-only\">Top</span></a></div>\(nl)\(nl)</div>\(nl)</div>\(nl)\(nl)<hr class=\"divider\" />\(nl)"
            )
        }
        put("</div>\(nl)</div>\(nl)")
        footer(newline: nl)
    }
}
