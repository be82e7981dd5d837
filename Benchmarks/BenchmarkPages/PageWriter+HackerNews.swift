import Foundation

extension PageWriter {
    /// Hacker News: the item page's `table.comment-tree`, one row per comment with an indent image,
    /// `span.commtext` whose paragraphs are `<p>` without end tags, and `<font>`.
    mutating func hackernews() {
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
            "<tr id=\"pagespace\" title=\"Ask HN\" style=\"height:10px\"></tr><tr><td><table class=\"fatitem\" border=\"0\"><tr class=\"athing submission\" id=\"40000000\"><td class=\"title\"><span class=\"titleline\"><a href=\"item?id=40000000\">Ask HN: What is the best slug deterrent?</a></span></td></tr>"
        )
        posts += 1
        put(
            "<tr><td class=\"subtext\"><span class=\"subline\"><span class=\"score\" id=\"score_40000000\">\(number(10...400)) points</span> by <a href=\"user?id=slugfree\" class=\"hnuser\">slugfree</a> <span class=\"age\" title=\"2024-03-04T09:00:00\"><a href=\"item?id=40000000\">5 hours ago</a></span></span></td></tr>"
        )
        put("<tr><td class=\"toptext\">\(paragraph())<p>\(paragraph())</td></tr></table><br>\(nl)")
        put("<table border=\"0\" class=\"comment-tree\">\(nl)")
        var comment = 0
        var indent = 0
        while wantsPost {
            comment += 1
            posts += 1
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
