import Foundation

extension PageWriter {
    /// A Stack Exchange question page: `#question`, then `.answer` blocks, each with its post
    /// body and signature cells (editor, then owner last), and a few `li.comment` under each.
    mutating func stackexchange() {
        head(title: "How deep should a raised bed be?")
        put(
            "<body class=\"question-page unified-theme\">\n<header class=\"s-topbar\"><a href=\"/\" class=\"s-topbar--logo\">Gardening</a></header>\n<div class=\"container\"><div id=\"content\"><div id=\"question-header\"><h1 itemprop=\"name\" class=\"fs-headline1\"><a href=\"/questions/48213/raised-bed\" class=\"question-hyperlink\">How deep should a raised bed be?</a></h1></div>\n<div id=\"mainbar\" role=\"main\">\n"
        )
        var answerID = 71_000
        while wantsPost {
            let opening = posts == 0
            posts += 1
            let author = pick(Self.names) + "\(number(1...300))"
            answerID += 7
            put(
                opening
                    ? "<div class=\"question js-question\" data-questionid=\"48213\" id=\"question\" itemscope itemtype=\"https://schema.org/Question\">"
                    : "<div id=\"answer-\(answerID)\" class=\"answer js-answer\" data-answerid=\"\(answerID)\" itemscope itemtype=\"https://schema.org/Answer\">"
            )
            put(
                "<div class=\"post-layout\"><div class=\"votecell post-layout--left\"><div class=\"js-voting-container\"><button class=\"js-vote-up-btn\" aria-label=\"Up vote\">&#9650;</button><div class=\"js-vote-count\" itemprop=\"upvoteCount\" data-value=\"\(number(0...40))\">\(number(0...40))</div></div></div>\n<div class=\"postcell post-layout--right\"><div class=\"s-prose js-post-body\" itemprop=\"text\">"
            )
            if number(0...6) == 0 { put("<blockquote><p>\(sentence(number(6...18)))</p></blockquote>") }
            put(paragraphs(4))
            put(
                "</div>\n<div class=\"mt24 mb12\"><div class=\"d-flex fw-wrap ai-start jc-end gs8 gsy\"><div class=\"flex--item mr16\"><div class=\"js-post-menu pt2\"><a href=\"/a/\(answerID)\" class=\"js-share-link\">Share</a></div></div>"
            )
            if number(0...2) == 0 {
                put(
                    "<div class=\"post-signature flex--item\"><div class=\"user-info\"><div class=\"user-action-time\"><a href=\"/posts/\(answerID)/revisions\">edited <span title=\"2024-03-05 09:41:00Z\" class=\"relativetime\">Mar 5 at 9:41</span></a></div><div class=\"user-details\"><a href=\"/users/3311/editor\">editor\(number(1...50))</a></div></div></div>"
                )
            }
            put(
                "<div class=\"post-signature owner flex--item\"><div class=\"user-info\"><div class=\"user-action-time\">\(opening ? "asked" : "answered") <span title=\"\(isoTime(posts).replacingOccurrences(of: "T", with: " "))\" class=\"relativetime\">Mar 4 at 10:15</span></div><div class=\"user-details\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a href=\"/users/\(answerID % 900)/member\">\(author)</a><span class=\"d-none\" itemprop=\"name\">\(author)</span></div></div></div></div></div></div>\n"
            )
            put(
                "<div class=\"post-layout--right js-post-comments-component\"><div class=\"comments js-comments-container\"><ul class=\"comments-list js-comments-list\">"
            )
            for _ in 0..<number(0...2) where wantsPost {
                posts += 1
                put(
                    "<li id=\"comment-\(answerID * 10 + posts)\" class=\"comment js-comment\" data-comment-id=\"\(answerID * 10 + posts)\"><div class=\"comment-text js-comment-text-and-form\"><div class=\"comment-body js-comment-edit-hide\"><span class=\"comment-copy\">\(sentence(number(8...30)))</span> &ndash;&nbsp;<div class=\"d-inline-flex ai-center\"><a href=\"/users/\(posts)/commenter\" class=\"comment-user\">\(handle())</a></div> <span class=\"comment-date\" dir=\"ltr\"><span title=\"\(isoTime(posts).replacingOccurrences(of: "T", with: " "))\" class=\"relativetime-clean\">Mar 4 at 11:02</span></span></div></div></li>"
                )
            }
            put(
                "</ul></div></div></div></div>\n\(opening ? "<div id=\"answers\"><h2 class=\"mb0\">Answers</h2>\n" : "")"
            )
        }
        put("</div></div></div></div>\n")
        footer(newline: "\n")
    }
}
