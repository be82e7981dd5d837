extension PageWriter {
    /// XenForo 2: `article.message` with the user cell, the content cell, quotes and reactions.
    mutating func xenforo() {
        let nl = "\r\n"
        head(title: "Slugs and copper tape: does it work?", newline: nl)
        put(
            "<body data-template=\"thread_view\" data-xf-init=\"notices\">\(nl)<div class=\"p-pageWrapper\" id=\"top\">"
        )
        navigation(newline: nl)
        put("<div class=\"block block--messages\" data-xf-init=\"\" data-type=\"post\" data-href=\"/inline-mod/\">")
        put(
            "<div class=\"block-container lbContainer\" data-xf-init=\"lightbox select-to-quote\">\(nl)<div class=\"block-body js-replyNewMessageContainer\">\(nl)"
        )
        var post = 0
        while wantsPost {
            post += 1
            posts += 1
            let author = "\(pick(Self.names))\(number(1...500))"
            let user = number(1...90_000)
            put("<article class=\"message message--post js-post js-inlineModContainer  \" data-author=\"\(author)\" ")
            put(
                "data-content=\"post-\(post)\" id=\"js-post-\(post)\" itemscope=\"\" itemtype=\"https://schema.org/Comment\" itemid=\"https://forum.example.org/posts/\(post)/\">\(nl)"
            )
            put("<span class=\"u-anchorTarget\" id=\"post-\(post)\"></span>\(nl)<div class=\"message-inner\">\(nl)")
            put(
                "<div class=\"message-cell message-cell--user\"><section class=\"message-user\" itemprop=\"author\" itemscope=\"\" itemtype=\"https://schema.org/Person\" itemid=\"https://forum.example.org/members/\(user)/\">"
            )
            put(
                "<div class=\"message-avatar \"><div class=\"message-avatar-wrapper\"><a href=\"/members/\(author.lowercased()).\(user)/\" class=\"avatar avatar--m\" data-user-id=\"\(user)\" data-xf-init=\"member-tooltip\">"
            )
            put(
                "<img src=\"/data/avatars/m/\(user / 1000)/\(user).jpg?1700000000\" srcset=\"/data/avatars/l/\(user / 1000)/\(user).jpg?1700000000 2x\" alt=\"\(author)\" class=\"avatar-u\(user)-m\" width=\"96\" height=\"96\" loading=\"lazy\" itemprop=\"image\">"
            )
            put(
                "</a></div></div>\(nl)<div class=\"message-userDetails\"><h4 class=\"message-name\"><a href=\"/members/\(author.lowercased()).\(user)/\" class=\"username \" dir=\"auto\" data-user-id=\"\(user)\" data-xf-init=\"member-tooltip\"><span itemprop=\"name\">\(author)</span></a></h4>"
            )
            put(
                "<h5 class=\"userTitle message-userTitle\" dir=\"auto\" itemprop=\"jobTitle\">\(pick(["Well-known member", "New member", "Moderator", "Member"]))</h5></div>\(nl)"
            )
            put(
                "<div class=\"message-userExtras\"><dl class=\"pairs pairs--justified\"><dt>Joined</dt><dd>Mar \(number(1...28)), 20\(number(10...23))</dd></dl>"
            )
            put(
                "<dl class=\"pairs pairs--justified\"><dt>Messages</dt><dd>\(number(1...9) ),\(number(100...999))</dd></dl></div>"
            )
            put("<span class=\"message-userArrow\"></span></section></div>\(nl)")
            put("<div class=\"message-cell message-cell--main\"><div class=\"message-main js-quickEditTarget\">\(nl)")
            put(
                "<header class=\"message-attribution message-attribution--split\"><ul class=\"message-attribution-main listInline \">"
            )
            put(
                "<li class=\"u-concealed\"><a href=\"/threads/slugs.1234/post-\(post)\" rel=\"nofollow\" itemprop=\"url\"><time class=\"u-dt\" dir=\"auto\" datetime=\"2024-03-0\(number(1...9))T10:\(number(10...59)):00+0000\" data-timestamp=\"\(1_700_000_000 + post * 60)\" data-date=\"Mar 4, 2024\" data-time=\"10:15 AM\" title=\"Mar 4, 2024 at 10:15 AM\" itemprop=\"datePublished\">Mar 4, 2024</time></a></li></ul>"
            )
            put(
                "<ul class=\"message-attribution-opposite message-attribution-opposite--list \"><li><a href=\"/threads/slugs.1234/post-\(post)\" class=\"message-attribution-gadget\" data-xf-init=\"share-tooltip\" data-href=\"/posts/\(post)/share\" aria-label=\"Share\" rel=\"nofollow\">\(icon("share-alt"))</a></li>"
            )
            put(
                "<li><a href=\"/threads/slugs.1234/post-\(post)\" rel=\"nofollow\">#\(post)</a></li></ul></header>\(nl)"
            )
            put(
                "<div class=\"message-content js-messageContent\"><div class=\"message-userContent lbContainer js-lbContainer \" data-lb-id=\"post-\(post)\" data-lb-caption-desc=\"\(author) &middot; Mar 4, 2024 at 10:15 AM\">\(nl)"
            )
            put("<article class=\"message-body js-selectToQuote\"><div itemprop=\"text\"><div class=\"bbWrapper\">")
            if post > 1, number(0...2) == 0 {
                put(
                    "<blockquote data-attributes=\"member: \(user)\" data-quote=\"\(author)\" data-source=\"post: \(post - 1)\" class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch\">"
                )
                put(
                    "<div class=\"bbCodeBlock-title\"><a href=\"/goto/post?id=\(post - 1)\" class=\"bbCodeBlock-sourceJump\" rel=\"nofollow\" data-xf-click=\"attribution\" data-content-selector=\"#post-\(post - 1)\">\(author) said:</a></div>"
                )
                put(
                    "<div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent js-expandContent \">\(sentence(number(8...30)))</div><div class=\"bbCodeBlock-expandLink js-expandLink\"><a role=\"button\" tabindex=\"0\">Click to expand...</a></div></div></blockquote>"
                )
            }
            for index in 0..<number(1...4) {
                if index > 0 { put("<br>\(nl)<br>\(nl)") }
                put(paragraph())
            }
            if number(0...4) == 0 {
                put(
                    "<br>\(nl)<img src=\"https://i.imgur.com/abc\(post).jpg\" data-url=\"https://i.imgur.com/abc\(post).jpg\" class=\"bbImage \" data-zoom-target=\"1\" style=\"\" alt=\"abc\(post).jpg\" title=\"\" width=\"\" height=\"\" loading=\"lazy\">"
                )
            }
            put("</div></div><div class=\"js-selectToQuoteEnd\">&nbsp;</div></article>\(nl)</div></div>\(nl)")
            if number(0...3) == 0 {
                put(
                    "<aside class=\"message-signature\"><div class=\"bbWrapper\">\(sentence(number(4...12)))<p>unclosed signature paragraph</div></aside>"
                )
            }
            put(
                "<footer class=\"message-footer\"><div class=\"message-actionBar actionBar\"><div class=\"actionBar-set actionBar-set--external\">"
            )
            put(
                "<a href=\"/posts/\(post)/react?reaction_id=1\" class=\"reaction reaction--small actionBar-action actionBar-action--reaction\" data-xf-init=\"reaction\" data-reaction-list=\"< .js-post | .js-reactionsList\"><i aria-hidden=\"true\"></i><img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" class=\"reaction-sprite js-reaction\" alt=\"Like\" title=\"Like\"><bdi class=\"reaction-text js-reactionText\">Like</bdi></a>"
            )
            put(
                "<a href=\"/threads/slugs.1234/reply?quote=\(post)\" class=\"actionBar-action actionBar-action--reply\" title=\"Reply, quoting this message\" rel=\"nofollow\" data-xf-click=\"quote\" data-quote-href=\"/posts/\(post)/quote\">Reply</a></div></div>"
            )
            put(
                "<div class=\"reactionsBar js-reactionsList is-active\"><ul class=\"reactionSummary\"><li><span class=\"reaction reaction--small reaction--1\" data-reaction-id=\"1\"><i aria-hidden=\"true\"></i></span></li></ul>"
            )
            put(
                "<span class=\"u-srOnly\">Reactions:</span><a class=\"reactionsBar-link\" href=\"/posts/\(post)/reactions\" data-xf-click=\"overlay\" data-cache=\"false\" rel=\"nofollow\"><bdi>\(pick(Self.names))</bdi> and \(number(1...40)) others</a></div>"
            )
            put(
                "<div class=\"js-historyTarget message-historyTarget toggleTarget\" data-href=\"trigger-href\"></div></footer>\(nl)</div></div>\(nl)</div>\(nl)</article>\(nl)"
            )
            if post % 10 == 0 {
                put("<!-- ad slot \(post) --><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>\(nl)")
            }
        }
        put("</div></div></div>\(nl)</div>\(nl)")
        footer(newline: nl)
    }
}
