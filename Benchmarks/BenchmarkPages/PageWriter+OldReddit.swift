import Foundation

extension PageWriter {
    /// Old Reddit: nested comments, each `div.thing.comment` holding `div.entry` and a
    /// `div.child` with a `div.sitetable` of its replies.
    mutating func reddit() {
        let nl = "\n"
        head(title: "What is the best slug deterrent? : r/gardening", newline: nl)
        put(
            "<body class=\"listing-page comments-page single-page loggedin\">\(nl)<div id=\"header\" role=\"banner\"><a href=\"https://old.reddit.com/\" id=\"header-img\" class=\"default-header\">reddit.com</a></div>\(nl)"
        )
        put(
            "<div class=\"content\" role=\"main\"><div class=\"commentarea\"><div class=\"sitetable nestedlisting\" id=\"siteTable_t3_abc\">\(nl)"
        )
        var comment = 0
        var depth = 0
        while wantsPost || depth > 0 {
            let goDeeper = depth < 12 && wantsPost && number(0...9) < 6
            comment += 1
            posts += 1
            let author = "\(pick(Self.names).replacingOccurrences(of: " ", with: "_"))\(number(1...500))"
            let id = String(comment &* 7919, radix: 36)
            put(
                "<div class=\" thing id-t1_\(id) noncollapsed   comment \" id=\"thing_t1_\(id)\" onclick=\"click_thing(this)\" data-fullname=\"t1_\(id)\" data-type=\"comment\" data-gildings=\"0\" data-subreddit=\"gardening\" data-subreddit-prefixed=\"r/gardening\" data-subreddit-fullname=\"t5_2qhkt\" data-subreddit-type=\"public\" data-author=\"\(author)\" data-author-fullname=\"t2_\(id)x\" data-replies=\"\(goDeeper ? 1 : 0)\" data-permalink=\"/r/gardening/comments/abc/slugs/\(id)/\">"
            )
            put(
                "<p class=\"parent\"><a name=\"\(id)\"></a></p><div class=\"midcol unvoted\"><div class=\"arrow up login-required access-required\" data-event-action=\"upvote\" role=\"button\" aria-label=\"upvote\" tabindex=\"0\"></div><div class=\"arrow down login-required access-required\" data-event-action=\"downvote\" role=\"button\" aria-label=\"downvote\" tabindex=\"0\"></div></div>"
            )
            put(
                "<div class=\"entry unvoted\"><p class=\"tagline\"><a href=\"javascript:void(0)\" class=\"expand\" onclick=\"return togglecomment(this)\">[&ndash;]</a><a href=\"https://old.reddit.com/user/\(author)\" class=\"author may-blank id-t2_\(id)x\">\(author)</a><span class=\"userattrs\"></span> "
            )
            put(
                "<span class=\"score dislikes\" title=\"\(number(1...999))\">\(number(1...999)) points</span><span class=\"score unvoted\" title=\"\(number(1...999))\">\(number(1...999)) points</span> <time title=\"Mon Mar 4 10:15:00 2024 UTC\" datetime=\"2024-03-04T10:15:00+00:00\" class=\"live-timestamp\">\(number(1...23)) hours ago</time>&nbsp;<a href=\"javascript:void(0)\" class=\"numchildren\" onclick=\"return togglecomment(this)\">(\(number(0...9)) children)</a></p>"
            )
            put(
                "<form action=\"#\" class=\"usertext warn-on-unload\" onsubmit=\"return post_form(this, 'editusertext')\" id=\"form-t1_\(id)\"><input type=\"hidden\" name=\"thing_id\" value=\"t1_\(id)\"/><div class=\"usertext-body may-blank-within md-container \"><div class=\"md\">"
            )
            for _ in 0..<number(1...3) { put("<p>\(paragraph())</p>\(nl)") }
            if number(0...6) == 0 { put("<blockquote>\(nl)<p>\(sentence(number(5...15)))</p>\(nl)</blockquote>\(nl)") }
            if number(0...8) == 0 { put("<ul>\(nl)<li>\(sentence(5))</li>\(nl)<li>\(sentence(7))</li>\(nl)</ul>\(nl)") }
            put(
                "</div>\(nl)</div></form><ul class=\"flat-list buttons\"><li class=\"first\"><a href=\"/r/gardening/comments/abc/slugs/\(id)/\" data-event-action=\"permalink\" class=\"bylink\" rel=\"nofollow\">permalink</a></li><li><a href=\"javascript:void(0)\" data-comment=\"/r/gardening/comments/abc/slugs/\(id)/\" class=\"embed-comment\">embed</a></li>"
            )
            put(
                "<li class=\"report-button login-required\"><a href=\"javascript:void(0)\" class=\"reportbtn access-required\" data-event-action=\"report\">report</a></li><li class=\"reply-button login-required\"><a class=\"access-required\" href=\"javascript:void(0)\" data-event-action=\"comment\" onclick=\"return reply(this)\">reply</a></li></ul>"
            )
            put("<div class=\"reportform report-t1_\(id)\"></div></div>")
            put("<div class=\"child\">")
            if goDeeper {
                put("<div id=\"siteTable_t1_\(id)\" class=\"sitetable listing\">")
                depth += 1
                continue
            }
            put("</div><div class=\"clearleft\"></div></div><div class=\"clearleft\"></div>\(nl)")
            while depth > 0, !wantsPost || number(0...9) < 4 {
                put("</div></div><div class=\"clearleft\"></div></div><div class=\"clearleft\"></div>\(nl)")
                depth -= 1
            }
        }
        put("</div></div></div>\(nl)")
        footer(newline: nl)
    }
}
