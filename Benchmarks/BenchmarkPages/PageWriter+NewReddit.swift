extension PageWriter {
    /// The 2018 Reddit design: the `post-container` with its title and text, then comments as a
    /// flat run of `div[style=padding-left:Npx]` around `.Comment`, depth shown only by the indent.
    mutating func newreddit() {
        head(title: "Library opening hours : r/Allotments")
        put(
            "<meta property=\"og:site_name\" content=\"reddit\">\n<body>\n<div id=\"2x-container\"><div class=\"_3sf33 ListingLayout-outerContainer\"><header class=\"_1jbIfNUFoOdfhsbVaKTjha\"><a href=\"/\" aria-label=\"Home\">reddit</a></header>\n"
        )
        posts += 1
        let owner = handle()
        put(
            "<div class=\"_1oQyIsiPHYt6nx7VOmd1sz Post t3_x9k2lf\" id=\"t3_x9k2lf\" tabindex=\"-1\" data-testid=\"post-container\"><div class=\"_2mHuuvyV9doV3zwbZPtIPG\"><span>Posted by</span> <a data-testid=\"post_author_link\" href=\"/user/\(owner)/\" class=\"_2tbHP6ZydRpjI44J3syuqC\">u/\(owner)</a> <span data-testid=\"post_timestamp\" class=\"_2VF2J19pUIMSLJFky-7PEI\">5 hours ago</span></div>\n"
        )
        put(
            "<div data-test-id=\"post-content\"><div class=\"_2SdHzo12ISmrC8H86TgSCp\"><h1 class=\"_eYtD2XCVieq6emjKBH3m\">Library opening hours</h1></div><div class=\"_3xX726aBn29LDbsDtzr_6E\" data-click-id=\"text\"><div class=\"_292iotee39Lmt0MkQZ2hPV RichTextJSON-root\">\(paragraphs(4))</div></div></div></div>\n<div class=\"_1YCqQVO-9r-Up6QPB9H6_4\">\n"
        )
        var depth = 0
        while wantsPost {
            posts += 1
            let id = String(posts &* 104_729, radix: 36)
            let author = handle()
            depth = nextDepth(after: depth, deepest: 8)
            put(
                "<div class=\"_3sf33-9rVAO_v4y0pIveOo\" id=\"t1_\(id)\" style=\"padding-left:\(16 + depth * 21)px\" tabindex=\"-1\"><div class=\"_1DooEIX-1Nj5rweIc5cw_E\">\(String(repeating: "<i class=\"threadline\"></i>", count: depth + 1))</div>\n<div class=\"Comment t1_\(id) P8SGAKMtRxNwlmLz1zdJu\">"
            )
            put(
                "<div data-testid=\"comment-top-meta\" class=\"_2mHuuvyV9doV3zwbZPtIPG\"><div class=\"_1rpT0jb2hHcK_h1Tz9ds9V\"><a data-testid=\"comment_author_link\" href=\"/user/\(author)/\" class=\"wM6scouPXXsFDSZmZPHRo\">\(author)</a></div><span class=\"_2ETuFsVzMBxiHia6HfJCTQ\"> &middot; </span><a data-testid=\"comment_timestamp\" href=\"/r/Allotments/comments/x9k2lf/comment/\(id)/\" rel=\"nofollow\" class=\"_3yx4Dn0W3Yunucf5sVJeFU\">\(number(1...5))h</a></div>\n"
            )
            put(
                "<div data-testid=\"comment\" class=\"_3cjCphgls6DH-irkVaA0GM\"><div class=\"_292iotee39Lmt0MkQZ2hPV RichTextJSON-root\">"
            )
            if number(0...5) == 0 {
                put(
                    "<blockquote class=\"_4BIxIYuqQDNGOv5RQSFQo\"><p class=\"_1qeIAgB0cPwnLhDF9XSiJM\">\(sentence(number(6...18)))</p></blockquote>"
                )
            }
            put(paragraphs())
            put(
                "</div></div>\n<div class=\"_3KgrO85L1p9wQbgwG27q4y\"><div class=\"_1E9mcoVn4MYnuBQSVDt1gC\" id=\"vote-arrows-t1_\(id)\"><button aria-label=\"upvote\">up</button><div class=\"_1rZYMD_4xY3gRcSS3p8ODO\">\(number(-9...99))</div><button aria-label=\"downvote\">down</button></div><button>Reply</button><button>Share</button></div></div></div>\n"
            )
        }
        put("</div></div></div>\n")
        footer(newline: "\n")
    }
}
