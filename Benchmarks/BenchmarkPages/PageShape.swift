/// A platform's page as the benchmark generates it: saved HTML in the markup of one of the
/// platform adapters of `Lexicons/platforms/`, or a thread's text as copied from the browser.
package enum PageShape: String, CaseIterable, Sendable {
    case bbpress, discourse, disqus, flarum, fluxbb, github, hackernews, invision, lemmy, livejournal, mybb
    case newreddit, nodebb, phpbb, reddit, shreddit, smf, stackexchange, vanilla, vbulletin, wordpress, xenforo
    /// Copied text of an Invision Community thread.
    case invisionText = "invision-text"
    /// Copied text of a XenForo thread.
    case xenforoText = "xenforo-text"
    /// Copied text of a phpBB topic.
    case phpbbText = "phpbb-text"

    /// The platform `threadscan` is expected to recognise the page as.
    package var platform: String {
        switch self {
        case .invisionText: return "invision"
        case .xenforoText: return "xenforo"
        case .phpbbText: return "phpbb"
        default: return rawValue
        }
    }

    /// Whether the page is copied text rather than saved HTML.
    package var isCopiedText: Bool { [.invisionText, .xenforoText, .phpbbText].contains(self) }

    /// The file name extension of the page.
    package var fileExtension: String { isCopiedText ? "txt" : "html" }

    /// The page of this shape at `size`: the same bytes for the same shape and size on every run.
    package func page(_ size: PageSize) -> GeneratedPage {
        var seed: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in rawValue.utf8 { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var writer = PageWriter(seed: seed ^ size.seed, size: size)
        switch self {
        case .bbpress: writer.bbpress()
        case .discourse: writer.discourse()
        case .disqus: writer.disqus()
        case .flarum: writer.flarum()
        case .fluxbb: writer.fluxbb()
        case .github: writer.github()
        case .hackernews: writer.hackernews()
        case .invision: writer.invision()
        case .lemmy: writer.lemmy()
        case .livejournal: writer.livejournal()
        case .mybb: writer.mybb()
        case .newreddit: writer.newreddit()
        case .nodebb: writer.nodebb()
        case .phpbb: writer.phpbb()
        case .reddit: writer.reddit()
        case .shreddit: writer.shreddit()
        case .smf: writer.smf()
        case .stackexchange: writer.stackexchange()
        case .vanilla: writer.vanilla()
        case .vbulletin: writer.vbulletin()
        case .wordpress: writer.wordpress()
        case .xenforo: writer.xenforo()
        case .invisionText: writer.invisionText()
        case .xenforoText: writer.xenforoText()
        case .phpbbText: writer.phpbbText()
        }
        return GeneratedPage(
            name: "\(rawValue)-\(size).\(fileExtension)", shape: self, size: size, bytes: writer.bytes,
            posts: writer.posts)
    }
}

/// One generated page.
package struct GeneratedPage: Sendable {
    /// `shape-size.html` (or `.txt`).
    package var name: String
    /// What it was generated as.
    package var shape: PageShape
    /// The size it was asked for.
    package var size: PageSize
    /// The page.
    package var bytes: [UInt8]
    /// How many posts were written into it (the opening post included).
    package var posts: Int
}
