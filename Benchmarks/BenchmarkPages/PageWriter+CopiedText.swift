extension PageWriter {
    /// A sentence of `count` plain words, as a page's text is once copied out of the browser.
    mutating func plainSentence(_ count: Int) -> String {
        var words: [String] = []
        for index in 0..<count {
            let word = pick(Self.words)
            words.append(index == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word)
        }
        return words.joined(separator: " ") + pick([".", ".", "!", "?", "..."])
    }

    /// A plain paragraph of one to four sentences.
    mutating func plainParagraph() -> String {
        (0..<number(1...4)).map { _ in plainSentence(number(6...22)) }.joined(separator: " ")
    }

    /// An Invision Community thread selected and copied: the author line, "Posted …", quotes as
    /// "N minutes ago, NAME said:", bullets of reactions.
    mutating func invisionText() {
        put(
            "Jump to content\n\nRaised beds on clay soil\n\nBy \(pick(Self.names)), March 4 in Growing\n\nRecommended Posts\n\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let author = pick(Self.names) + "\(number(1...300))"
            put("\(author)\n\nMembers\n\(number(1...4000)) posts\n\nPosted \(number(1...59)) minutes ago\n\n")
            if quotesEarlierPost() {
                put("\(number(1...59)) minutes ago, \(last) said:\n\n\(plainSentence(number(6...20)))\n\nExpand  \n\n")
            }
            for _ in 0..<number(1...3) { put(plainParagraph() + "\n\n") }
            if number(0...1) == 0 { put("  \u{2022} Like \(number(1...9))\n\n") }
            put("Quote\n\nLink to comment\n\nShare on other sites\n\n")
            last = author
        }
        put(
            "Create an account or sign in to comment\n\nYou need to be a member in order to leave a comment\n\nSign In Now\n"
        )
    }

    /// A XenForo 2 thread selected and copied: the author, the member title, the date and "#N",
    /// quotes ending in "Click to expand...", "Like Reply", "Reactions: …".
    mutating func xenforoText() {
        put(
            "Home\nForums\nGrowing\nIs copper tape worth it against slugs?\nThread starter \(pick(Self.names)) Start date Mar 3, 2024\n\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let author = handle()
            put(
                "\(author)\n\n\(pick(["Member", "Well-known member", "Active member", "New member"]))\nMar \(number(1...28)), 2024\n#\(posts)\n"
            )
            if quotesEarlierPost() { put("\(last) said:\n\(plainSentence(number(6...20)))\nClick to expand...\n") }
            for index in 0..<number(1...3) { put((index > 0 ? "\n" : "") + plainParagraph() + "\n") }
            put("Like Reply\nReport\n")
            if number(0...1) == 0 { put("Reactions: \(handle()), \(handle()) and \(number(2...9)) others\n") }
            last = author
        }
        put("You must log in or register to reply here.\nShare:\nFacebook\nEmail\nLink\n")
    }

    /// A phpBB 3 (prosilver) topic selected and copied: "Post by NAME » date", the profile lines,
    /// quotes as "NAME wrote: ↑", the buttons.
    mutating func phpbbText() {
        put(
            "Skip to content\nBoard index\nGrowing\nWater trough by the north gate\nPost Reply\nSearch this topic…\n\(number(2...90)) posts\n\n"
        )
        var last = ""
        while wantsPost {
            posts += 1
            let author = handle()
            put(
                "Re: Water trough by the north gate\nQuote\n\nPost by \(author) » Mon Mar 04, 2024 \(number(1...11)):\(number(10...59)) pm\n\n"
            )
            if quotesEarlierPost() {
                put("\(last) wrote: ↑\nMon Mar 04, 2024 9:00 pm\n\(plainSentence(number(6...20)))\n\n")
            }
            for _ in 0..<number(1...3) { put(plainParagraph() + "\n\n") }
            put("\(author)\nRegistered User\nPosts: \(number(1...3000))\nJoined: Sat Mar 01, 2014 9:12 pm\n\nTop\n\n")
            last = author
        }
        put(
            "Post Reply\n\(posts) posts\nReturn to “Growing”\nJump to\nWho is online\nUsers browsing this forum: No registered users and 1 guest\n"
        )
    }
}
