import Foundation

extension PageWriter {
    /// A GitHub issue: the title, then `.js-timeline-item` blocks, each a
    /// `.timeline-comment-group` with the header (author, `relative-time`), `.comment-body` and
    /// reactions.
    mutating func github() {
        head(title: "Crash when the seed list is empty · Issue #42")
        put(
            "<meta name=\"expected-hostname\" content=\"github.com\">\n<meta property=\"og:site_name\" content=\"GitHub\">\n<body class=\"logged-out env-production page-responsive\">\n<header class=\"Header-old header-logged-out js-details-container\"><a href=\"https://github.com/\" aria-label=\"Homepage\">GitHub</a></header>\n"
        )
        put(
            "<main id=\"js-repo-pjax-container\"><div id=\"partial-discussion-header\" class=\"gh-header mb-3 js-details-container Details js-socket-channel\"><h1 class=\"gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word\"><bdi class=\"js-issue-title markdown-title\">Crash when the seed list is empty</bdi> <span class=\"f1-light color-fg-muted\">#42</span></h1></div>\n<div class=\"js-discussion js-socket-channel ml-0 pl-0 ml-md-6 pl-md-3\">\n"
        )
        while wantsPost {
            posts += 1
            let id = 1_900_000_000 + posts * 13
            let author = handle().replacingOccurrences(of: "_", with: "-")
            put(
                "<div class=\"TimelineItem js-comment-container\" data-gid=\"IC_kw\(id)\"><div class=\"js-timeline-item js-timeline-progressive-focus-container\" data-gid=\"IC_kw\(id)\"><div class=\"timeline-comment-group js-minimizable-comment-group js-targetable-element TimelineItem-body my-0\" id=\"issuecomment-\(id)\">"
            )
            put(
                "<div class=\"ml-n3 timeline-comment unminimized-comment comment previewable-edit js-task-list-container js-comment timeline-comment--caret\"><div class=\"timeline-comment-header clearfix d-flex\" data-morpheus-enabled=\"false\"><h3 class=\"f5 text-normal\" style=\"flex: 1 1 auto\"><div><strong><a class=\"author Link--primary text-bold css-overflow-wrap-anywhere\" show_full_name=\"false\" data-hovercard-type=\"user\" href=\"/\(author)\">\(author)</a></strong> commented <a href=\"#issuecomment-\(id)\" class=\"Link--secondary js-timestamp\"><relative-time datetime=\"\(isoTime(posts))\" class=\"no-wrap\">Mar 4, 2024</relative-time></a></div></h3></div>\n"
            )
            put(
                "<div class=\"edit-comment-hide\"><task-lists disabled sortable><table class=\"d-block user-select-contain\" data-paste-markdown-skip><tbody class=\"d-block\"><tr class=\"d-block\"><td class=\"d-block comment-body markdown-body  js-comment-body\">"
            )
            if number(0...4) == 0 { put("<blockquote>\n<p>\(sentence(number(6...18)))</p>\n</blockquote>\n") }
            put(paragraphs())
            if number(0...4) == 0 {
                put(
                    "\n<div class=\"highlight highlight-source-swift\"><pre>let seeds = [String]()\nprint(seeds.first!)</pre></div>"
                )
            }
            put("</td></tr></tbody></table></task-lists></div>\n")
            if number(0...2) == 0 {
                put(
                    "<div class=\"pr-review-reactions\"><div class=\"comment-reactions js-reactions-container js-reaction-buttons-container social-reactions reactions-container has-reactions\"><div class=\"js-comment-reactions-options d-flex flex-items-center flex-row flex-wrap\"><button class=\"social-reaction-summary-item js-reaction-group-button btn-link d-flex no-underline color-fg-muted flex-items-baseline mr-2\" value=\"THUMBS_UP react\"><g-emoji class=\"social-button-emoji\" alias=\"+1\">&#128077;</g-emoji><span class=\"js-discussion-reaction-group-count\">\(number(1...30))</span></button></div></div></div>"
                )
            }
            put("</div></div></div></div>\n")
        }
        put("</div></main>\n")
        footer(newline: "\n")
    }
}
