import Foundation

/// Builds one page's bytes.
struct PageWriter {
    /// The page so far.
    var bytes: [UInt8] = []
    /// The posts written so far.
    var posts = 0
    /// How long the page is to be.
    let size: PageSize
    /// The seeded source of every choice.
    var random: SeededGenerator

    init(seed: UInt64, size: PageSize) {
        random = SeededGenerator(seed: seed)
        self.size = size
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

    /// Whether the page needs another post.
    var wantsPost: Bool { size.wantsPost(bytes: bytes.count, posts: posts) }

    /// A user name without spaces, as handles are on most platforms.
    mutating func handle() -> String {
        "\(pick(Self.names).replacingOccurrences(of: " ", with: "_"))\(number(1...500))"
    }

    /// The ISO 8601 time of post `post`: a minute and a half after the one before.
    func isoTime(_ post: Int) -> String {
        let seconds = post * 97
        let day = 4 + seconds / 86_400
        let rest = seconds % 86_400
        return "2024-03-\(day < 10 ? "0" : "")\(day)T\(pad(rest / 3600)):\(pad(rest / 60 % 60)):\(pad(rest % 60))Z"
    }

    /// `value` with a leading zero below 10.
    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// One to `most` paragraphs, each in `<p>`.
    mutating func paragraphs(_ most: Int = 3) -> String {
        (0..<number(1...most)).map { _ in "<p>\(paragraph())</p>" }.joined(separator: "\n")
    }

    /// A reply's own words: now and then a quote in `quote` (its `<p>` inside), then paragraphs.
    mutating func replyBody(quote: (open: String, close: String) = ("<blockquote>", "</blockquote>")) {
        if number(0...5) == 0 { put("\(quote.open)<p>\(sentence(number(6...18)))</p>\(quote.close)") }
        put(paragraphs())
    }

    /// Whether this post quotes an earlier one (about one post in four, never the first).
    mutating func quotesEarlierPost() -> Bool { posts > 1 && number(0...3) == 0 }

    /// The page's start: the shared head, then `<body` with `attributes`, then `bodyStart`.
    mutating func open(title: String, body attributes: String, _ bodyStart: String = "") {
        head(title: title)
        put("<body \(attributes)>\n\(bodyStart)")
    }

    /// The depth of the next reply after one at `depth`: one deeper, as deep, or back up, never
    /// below 0 or beyond `deepest`.
    mutating func nextDepth(after depth: Int, deepest: Int = 8) -> Int {
        posts <= 1 ? 0 : max(0, min(deepest, depth + number(-2...1)))
    }

    /// Between a post left open at `depth` and the next at `next` (at most one deeper): opens a
    /// list of replies inside the open post, or closes it and the lists above it.
    mutating func nest(from depth: Int, to next: Int, list: (open: String, close: String), itemEnd: String) {
        if next > depth {
            put(list.open)
            return
        }
        put(itemEnd)
        for _ in next..<depth { put(list.close + itemEnd) }
    }

    /// Starts the next reply in nested lists after the one left open at `depth` (-1 before the
    /// first): picks its depth, at most `deepest`, and opens or closes lists to get there.
    mutating func startReply(after depth: inout Int, deepest: Int, list: (open: String, close: String), itemEnd: String)
    {
        let next = depth < 0 ? 0 : nextDepth(after: depth, deepest: deepest)
        if depth >= 0 { nest(from: depth, to: next, list: list, itemEnd: itemEnd) }
        depth = next
    }

    /// Closes the post left open at `depth` and every list of replies around it.
    mutating func closeNesting(from depth: Int, listEnd: String, itemEnd: String) {
        guard depth >= 0 else { return }
        put(itemEnd)
        for _ in 0..<depth { put(listEnd + itemEnd) }
    }
}
