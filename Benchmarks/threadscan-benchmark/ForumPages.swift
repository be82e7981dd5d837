/// Generated saved forum pages in the markup shapes of four platforms, for the HTML benchmark.
///
/// Each page is built from a seeded generator, so the same name and size give the same bytes on
/// every run and every machine: `threadscan-benchmark html --write-pages DIR` writes them, and
/// `Benchmarks/compare-lexbor.py` times lexbor on exactly those bytes.
///
/// The shapes follow what "Save Page As" keeps of each platform: a `<head>` with `<meta>`,
/// `<link>`, an inline `<style>` and inline `<script>` blocks (JSON configuration, analytics),
/// inline SVG icons, entities in text and in `href` queries, CRLF or LF line ends, and UTF-8
/// text beyond ASCII.
enum ForumPages {
    /// One platform's markup.
    enum Shape: String, CaseIterable {
        /// `article.message` blocks with many classes and `data-*` attributes, quotes, reactions.
        case xenforo
        /// `div.post` blocks inside layout tables, `dl.postprofile`, signatures.
        case phpbb
        /// Old Reddit: `div.thing.comment` nested in `div.child > div.sitetable`, many levels deep.
        case reddit
        /// Hacker News: one big table, a `tr.athing.comtr` per comment, `<p>` without end tags.
        case hackernews
    }

    /// The sizes measured: about 100 KB, 1 MB and 6 MB.
    static let sizes: [(label: String, bytes: Int)] = [("100k", 100_000), ("1m", 1_000_000), ("6m", 6_000_000)]

    /// Every page: each shape at each size, named `shape-size.html`.
    static func all() -> [(name: String, bytes: [UInt8])] {
        sizes.flatMap { size in
            Shape.allCases.map { shape in
                ("\(shape.rawValue)-\(size.label).html", page(shape, size: size.bytes))
            }
        }
    }

    /// A page of `shape` of at least `size` bytes (posts are added until it is that long).
    static func page(_ shape: Shape, size: Int) -> [UInt8] {
        var writer = PageWriter(seed: UInt64(size) &* 31 &+ UInt64(shape.rawValue.utf8.count))
        switch shape {
        case .xenforo: writer.xenforo(size: size)
        case .phpbb: writer.phpbb(size: size)
        case .reddit: writer.reddit(size: size)
        case .hackernews: writer.hackernews(size: size)
        }
        return writer.bytes
    }
}

/// SplitMix64: a small, fast, seeded generator, identical on every platform.
struct SeededGenerator: RandomNumberGenerator {
    /// The state.
    private var state: UInt64

    /// A generator that starts from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds one page's bytes.
private struct PageWriter {
    /// The page so far.
    var bytes: [UInt8] = []
    /// The seeded source of every choice.
    var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
        bytes.reserveCapacity(1 << 16)
    }

    /// Appends `text` as UTF-8.
    mutating func put(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A number in `range`.
    mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    /// One of `items`.
    mutating func pick<T>(_ items: [T]) -> T { items[number(0...items.count - 1)] }

    static let words = [
        "allotment", "committee", "water", "trough", "gate", "copper", "tape", "slugs", "lettuce", "woodchip",
        "supplier", "garlic", "October", "shoots", "compost", "rhubarb", "greenhouse", "frost", "seedlings", "beans",
        "the", "a", "and", "of", "to", "in", "is", "it", "that", "was", "for", "on", "with", "they", "this", "have",
        "café", "naïve", "Zürich", "über", "déjà", "–", "jalapeño", "€20", "“quoted”", "🌱", "👍",
    ]
    static let entities = [
        "&amp;", "&mdash;", "&hellip;", "&#039;", "&quot;", "&nbsp;", "&lt;", "&gt;", "&eacute;", "&#8217;",
    ]
    static let names = [
        "gardener", "PlotHolder", "slug_hater", "Compost-King", "marigold", "Old Tom", "beanpole", "Rhubarb Rita",
    ]

    /// A sentence of `count` words, with an entity now and then and the odd inline element.
    mutating func sentence(_ count: Int) -> String {
        var parts: [String] = []
        for index in 0..<count {
            var word = pick(Self.words)
            if index == 0, let first = word.first { word = first.uppercased() + word.dropFirst() }
            switch number(0...40) {
            case 0: parts.append(pick(Self.entities))
            case 1: word = "<b>\(word)</b>"
            case 2: word = "<i>\(word)</i>"
            case 3:
                word =
                    "<a href=\"https://example.org/wiki/\(word)?ref=forum&amp;lang=en\" rel=\"nofollow ugc\">\(word)</a>"
            default: break
            }
            parts.append(word)
        }
        return parts.joined(separator: " ") + pick([".", ".", "!", "?", "&hellip;"])
    }

    /// A paragraph of a few sentences.
    mutating func paragraph() -> String {
        (0..<number(1...4)).map { _ in sentence(number(6...22)) }.joined(separator: " ")
    }

    /// An inline SVG icon, as saved pages keep the icon sprites' `<use>` or the whole path.
    mutating func icon(_ name: String) -> String {
        if number(0...1) == 0 {
            return
                "<svg class=\"icon icon--\(name)\" viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" aria-hidden=\"true\" "
                + "focusable=\"false\"><use xlink:href=\"#icon-\(name)\"></use></svg>"
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\" class=\"svg-inline--fa fa-\(name)\" "
            + "role=\"img\" aria-hidden=\"true\"><path fill=\"currentColor\" d=\"M256 8C119 8 8 119 8 256s111 248 248 "
            + "248 248-111 248-248S393 8 256 8zm0 448c-110.5 0-200-89.5-200-200S145.5 56 256 56s200 89.5 200 200-89.5 "
            + "200-200 200z\"></path></svg>"
    }

    /// The head every platform has: metas, links, one inline style, inline scripts.
    mutating func head(title: String, lang: String = "en", newline: String = "\n") {
        put("<!DOCTYPE html>\(newline)<html lang=\"\(lang)\" dir=\"ltr\" class=\"has-js no-touch\">\(newline)<head>")
        put(
            "<meta charset=\"utf-8\">\(newline)<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        )
        put("<title>\(title) &ndash; Community Forums</title>\(newline)")
        put("<meta property=\"og:title\" content=\"\(title)\"><meta name=\"description\" content=\"\(sentence(14))\">")
        for index in 0..<6 {
            put(
                "<link rel=\"stylesheet\" href=\"/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=\(index)&amp;l=1&amp;d=1700000000\">\(newline)"
            )
        }
        put("<style>\(newline)")
        for index in 0..<40 {
            put(
                ".block-\(index) > .item:not(.is-hidden) { margin: 0 \(index)px; color: #\(String(index * 4093 % 0xFFFFFF, radix: 16)); }\(newline)"
            )
            put(
                "@media (max-width: 650px) { .block-\(index) { display: none; } a[href^=\"http\"]::after { content: \"\\2197\"; } }\(newline)"
            )
        }
        put(
            "</style>\(newline)<script>\(newline)window.config = {\"csrf\":\"1700000000,abcdef\",\"url\":{\"fullBase\":\"https://forum.example.org/\"},"
        )
        put(
            "\"cookie\":{\"path\":\"/\",\"domain\":\"\",\"prefix\":\"xf_\"},\"visitorCounts\":{\"conversations_unread\":\"0\"}};\(newline)"
        )
        put(
            "for (var i = 0; i < 10 && window.q.length > i; i++) { if (a < b) { document.write('<div class=\"x\"></div>'); } }\(newline)"
        )
        put("</script>\(newline)<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-XXXX\"></script>")
        put(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"DiscussionForumPosting\","
        )
        put("\"headline\":\"\(title)\",\"articleBody\":\"\(sentence(30))\"}</script>\(newline)</head>\(newline)")
    }

    /// A navigation bar with links and icons.
    mutating func navigation(newline: String) {
        put("<nav class=\"p-nav\" aria-label=\"Primary\"><ul class=\"p-nav-list js-offCanvasNavSource\">\(newline)")
        for item in ["Forums", "What's new", "Members", "Media", "Resources", "Search"] {
            put(
                "<li><div class=\"p-navEl \" data-has-children=\"true\"><a href=\"/\(item.lowercased())/\" class=\"p-navEl-link p-navEl-link--splitMenu \" "
            )
            put("data-nav-id=\"\(item.lowercased())\">\(icon("bars"))\(item)</a></div></li>\(newline)")
        }
        put("</ul></nav>\(newline)")
    }

    /// The footer every platform has: links, a script, the closing tags.
    mutating func footer(newline: String) {
        put("<footer class=\"p-footer\" id=\"footer\"><div class=\"p-footer-inner\"><ul class=\"p-footer-linkList\">")
        for item in ["Contact us", "Terms and rules", "Privacy policy", "Help", "Home", "RSS"] {
            put("<li><a href=\"/help/\(item.lowercased().replacingOccurrences(of: " ", with: "-"))/\">\(item)</a></li>")
        }
        put(
            "</ul><div class=\"p-footer-copyright\">Community platform &copy; 2010-2024 Example Ltd.</div></div></footer>\(newline)"
        )
        put("<script>\(newline)jQuery.extend(true, XF.config, {\"time\":{\"now\":1700000000}});\(newline)")
        put(
            "if (document.cookie.indexOf('consent=') < 0 && x > 0) { showNotice(); } // <!-- not a comment\(newline)</script>\(newline)"
        )
        put("</body>\(newline)</html>\(newline)")
    }

    /// XenForo 2: `article.message` with the user cell, the content cell, quotes and reactions.
    mutating func xenforo(size: Int) {
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
        while bytes.count < size - 2_000 {
            post += 1
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

    /// phpBB: prosilver `div.post` blocks, a layout table around the topic, `dl.postprofile`.
    mutating func phpbb(size: Int) {
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
        while bytes.count < size - 2_000 {
            post += 1
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

    /// Old Reddit: nested comments, each `div.thing.comment` holding `div.entry` and a
    /// `div.child` with a `div.sitetable` of its replies.
    mutating func reddit(size: Int) {
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
        while bytes.count < size - 2_000 || depth > 0 {
            let goDeeper = depth < 12 && bytes.count < size - 2_000 && number(0...9) < 6
            comment += 1
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
            while depth > 0, bytes.count >= size - 2_000 || number(0...9) < 4 {
                put("</div></div><div class=\"clearleft\"></div></div><div class=\"clearleft\"></div>\(nl)")
                depth -= 1
            }
        }
        put("</div></div></div>\(nl)")
        footer(newline: nl)
    }

    /// Hacker News: the item page's `table.comment-tree`, one row per comment with an indent image,
    /// `span.commtext` whose paragraphs are `<p>` without end tags, and `<font>`.
    mutating func hackernews(size: Int) {
        let nl = "\n"
        put(
            "<html lang=\"en\" op=\"item\"><head><meta name=\"referrer\" content=\"origin\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">"
        )
        put(
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"news.css?abc123\">\(nl)<link rel=\"icon\" href=\"y18.svg\">\(nl)<title>Ask HN: What is the best slug deterrent? | Hacker News</title>"
        )
        put(
            "<style>body{font-family:Verdana,Geneva,sans-serif;font-size:10pt;color:#828282}td{font-family:Verdana;font-size:10pt;color:#828282}.c00,.c00 a:link{color:#000000}.c5a{color:#5a5a5a}</style></head>"
        )
        put(
            "<body><center><table id=\"hnmain\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"85%\" bgcolor=\"#f6f6ef\">\(nl)"
        )
        put(
            "<tr><td bgcolor=\"#ff6600\"><table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" style=\"padding:2px\"><tr><td style=\"width:18px;padding-right:4px\"><a href=\"https://news.ycombinator.com\"><img src=\"y18.svg\" width=\"18\" height=\"18\" style=\"border:1px white solid; display:block\"></a></td>"
        )
        put(
            "<td style=\"line-height:12pt; height:10px;\"><span class=\"pagetop\"><b class=\"hnname\"><a href=\"news\">Hacker News</a></b><a href=\"newest\">new</a> | <a href=\"front\">past</a> | <a href=\"newcomments\">comments</a></span></td></tr></table></td></tr>\(nl)"
        )
        put(
            "<tr id=\"pagespace\" title=\"Ask HN\" style=\"height:10px\"></tr><tr><td><table class=\"fatitem\" border=\"0\"><tr class=\"athing submission\" id=\"40000000\"><td class=\"title\"><span class=\"titleline\"><a href=\"item?id=40000000\">Ask HN: What is the best slug deterrent?</a></span></td></tr></table><br>\(nl)"
        )
        put("<table border=\"0\" class=\"comment-tree\">\(nl)")
        var comment = 0
        var indent = 0
        while bytes.count < size - 2_000 {
            comment += 1
            let author = "\(pick(Self.names).replacingOccurrences(of: " ", with: ""))\(number(1...500))"
            let id = 40_000_000 + comment
            put(
                "<tr class=\"athing comtr\" id=\"\(id)\"><td><table border=\"0\">  <tr>    <td class=\"ind\" indent=\"\(indent)\"><img src=\"s.gif\" height=\"1\" width=\"\(indent * 40)\"></td><td valign=\"top\" class=\"votelinks\">"
            )
            put(
                "<center><a id=\"up_\(id)\" href=\"vote?id=\(id)&amp;how=up&amp;goto=item%3Fid%3D40000000\"><div class=\"votearrow\" title=\"upvote\"></div></a></center></td><td class=\"default\"><div style=\"margin-top:2px; margin-bottom:-10px;\"><span class=\"comhead\">"
            )
            put(
                "<a href=\"user?id=\(author)\" class=\"hnuser\">\(author)</a> <span class=\"age\" title=\"2024-03-04T10:\(number(10...59)):00\"><a href=\"item?id=\(id)\">\(number(1...23)) hours ago</a></span> <span id=\"unv_\(id)\"></span><span class=\"navs\"> | <a href=\"#\(id - 1)\" class=\"clicky\" aria-hidden=\"true\">parent</a> | <a href=\"#\(id + 1)\" class=\"clicky\" aria-hidden=\"true\">next</a> <a class=\"togg clicky\" id=\"\(id)\" n=\"\(number(1...30))\" href=\"javascript:void(0)\">[&ndash;]</a></span></span></div><br>"
            )
            put("<div class=\"comment\"><span class=\"commtext c00\">\(paragraph())")
            for _ in 0..<number(0...3) { put("<p>\(paragraph())") }
            if number(0...7) == 0 {
                put("<p><pre><code>  if (slugs &gt; 0) {\(nl)    tape = copper;\(nl)  }\(nl)</code></pre>")
            }
            if number(0...5) == 0 { put("<p><font color=\"#5a5a5a\">&gt; \(sentence(number(5...14)))</font>") }
            put(
                "</span><div class=\"reply\"><p><font size=\"1\"><u><a href=\"reply?id=\(id)&amp;goto=item%3Fid%3D40000000%23\(id)\" rel=\"nofollow\">reply</a></u></font></div></div></td></tr></table></td></tr>\(nl)"
            )
            indent = max(0, min(indent + number(-2...1), 10))
        }
        put(
            "</table>\(nl)<br><br></td></tr><tr><td><img src=\"s.gif\" height=\"10\" width=\"0\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr><td bgcolor=\"#ff6600\"></td></tr></table><br>"
        )
        put(
            "<center><span class=\"yclinks\"><a href=\"newsguidelines.html\">Guidelines</a> | <a href=\"newsfaq.html\">FAQ</a></span><br><br><form method=\"get\" action=\"//hn.algolia.com/\">Search: <input type=\"text\" name=\"q\" size=\"17\" autocorrect=\"off\" spellcheck=\"false\" autocapitalize=\"off\" autocomplete=\"false\"></form></center></td></tr></table></center></body>"
        )
        put("<script type=\"text/javascript\" src=\"hn.js?abc123\"></script>\(nl)</html>\(nl)")
    }
}
