import Foundation
import Testing
import ThreadModel

/// One "everything" fixture per platform, compared whole with its golden file, plus the facts a
/// reader checks first.
@Suite struct PlatformGoldenTests {
    @Test(arguments: FixtureFiles.allPages.filter { $0.path.contains("/Fixtures/") })
    func parseMatchesGoldenFile(_ url: URL) throws {
        try GoldenFile.check(try FixtureFiles.parse(url), fixture: url)
    }

    @Test func invision() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("invision/everything.txt"))
        #expect(thread.platform == "invision")
        #expect(thread.title == "Which rain barrel actually survives a hard winter?")
        #expect(thread.posts.map(\.author) == ["quietmeadow", "bramblegate", nil, nil])
        #expect(thread.posts.map(\.timestamp) == ["January 14", "January 14 (edited)", "January 15", nil])
        #expect(thread.posts[0].attachments == ["rainbarrel-cracked.jpg"])
        #expect(thread.posts[1].quotes.map(\.postIndex) == [0])
        #expect(thread.posts[1].quotes[0].time == "On 1/14/2025 at 3:05 AM")
        #expect(thread.posts[1].signature?.hasSuffix("Ask me about leeks.") == true)
        #expect(!thread.posts[1].body.contains("leeks"))
        #expect(thread.posts[1].reactions == [Reaction(name: "Thanks", count: 3), Reaction(name: "Haha", count: 1)])
        let quotes = thread.posts[3].quotes
        #expect(quotes.map(\.author) == ["bramblegate", "ferncastle"])
        #expect(quotes.map(\.postIndex) == [1, nil])
        #expect(quotes.map(\.time) == ["2 hours ago", "6 hours ago"])
        #expect(thread.posts[3].body.hasPrefix("That is exactly what I did"))
        #expect(thread.posts[3].body.contains("I have never seen a post from ferncastle"))
    }

    @Test func invisionModernTheme() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("invision/modern.txt"))
        #expect(thread.platform == "invision")
        #expect(thread.title == "Tram extension: should the route go through the market square?")
        #expect(thread.posts.map(\.author) == ["lanternfish", "ottersbridge", "lanternfish"])
        #expect(!thread.posts[0].body.contains("Edited"))
        #expect(thread.posts[2].quotes.first?.postIndex == 1)
        #expect(
            thread.posts[2].body
                == "Rails and open space are not opposites, the square in the next town over has both and it is busier than ever."
        )
        let names = thread.segments.filter { $0.post == nil && $0.kind == .boilerplate }.compactMap(\.name)
        #expect(names.contains("pagination") && names.contains("sign-in block") && names.contains("page header"))
    }

    @Test func phpBB() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("phpbb/everything.txt"))
        #expect(thread.platform == "phpbb")
        #expect(thread.title == "Weathering plastic rolling stock without an airbrush")
        #expect(thread.posts.map(\.author) == ["tinplate_tom", "signalbox_sue", "gauge_zero", "signalbox_sue"])
        #expect(thread.posts[1].quotes.first?.postIndex == 0)
        #expect(thread.posts[1].quotes.first?.time == "Tue Jan 14, 2025 3:05 pm")
        #expect(
            thread.posts[1].body
                == "Yes. Powders over a matt varnish key, then seal with another light coat. The varnish is the whole trick."
        )
        #expect(thread.posts[2].quotes.first?.postIndex == 1)
        #expect(thread.posts[2].body.hasPrefix("What a load of rubbish."))
        #expect(thread.segments.last?.name == "board footer")
    }

    @Test func xenForo() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("xenforo/everything.txt"))
        #expect(thread.platform == "xenforo")
        #expect(thread.title == "Is a folding bike worth it for a mixed train commute?")
        #expect(thread.posts.map(\.author) == ["pedalpusher", "chainring_kate", "mudguard", "pedalpusher"])
        #expect(thread.posts.map(\.timestamp) == ["Mar 3, 2025", "Mar 3, 2025", "Mar 4, 2025", "Mar 5, 2025"])
        #expect(thread.posts[0].reactions == [Reaction(name: "Reaction", count: 2)])
        #expect(thread.posts[1].reactions == [Reaction(name: "Reaction", count: 5)])
        #expect(thread.posts[2].quotes.first?.postIndex == 1)
        #expect(thread.posts[2].body.hasPrefix("Rubbish. You clearly"))
        #expect(!thread.posts[2].body.contains("Click to expand"))
        #expect(thread.posts[3].body.hasPrefix("@mudguard"))
    }

    @Test func vBulletin() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("vbulletin/everything.txt"))
        #expect(thread.platform == "vbulletin")
        #expect(thread.title == "Best timber for a workbench top on a budget?")
        #expect(thread.posts.map(\.author) == ["oakandiron", "benchdog", "planeiron_pete"])
        #expect(
            thread.posts.map(\.timestamp) == ["01-14-2025, 03:05 PM", "01-14-2025, 04:10 PM", "01-15-2025, 08:02 AM"])
        #expect(thread.posts[0].body.hasPrefix("I am building my first proper bench."))
        #expect(thread.posts[1].quotes.map(\.postIndex) == [0])
        #expect(thread.posts[1].signature == "__________________\nMeasure twice, swear once.")
        #expect(thread.posts[2].quotes.map(\.author) == ["benchdog"])
        #expect(thread.posts[2].quotes.map(\.postIndex) == [1])
        #expect(thread.posts[2].body == "Pine dents if you look at it. Spend once on the oak and be done with it.")
    }

    @Test func newsWithComments() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("news/with-comments.txt"))
        #expect(thread.platform == "news")
        #expect(thread.title == "Ferry timetable cut to two sailings a day from April")
        #expect(thread.posts.count == 4)
        #expect(thread.posts[0].author == "Rosa Mendel")
        #expect(thread.posts[0].timestamp == "March 2, 2025")
        #expect(thread.posts[0].body.hasPrefix("The island ferry"))
        #expect(!thread.posts[0].body.contains("Advertisement"))
        #expect(!thread.posts[0].body.contains("Related Articles"))
        #expect(thread.posts[1...].map(\.author) == ["Mira Okafor", "Declan Hurst", "Mira Okafor"])
        #expect(thread.posts[2].timestamp == "March 2, 2025 at 11:02 am")
        #expect(thread.posts[3].body == "Agreed, they promised the same thing last winter.")
        let navigation = thread.segments.first { $0.name == "site navigation" }
        #expect(navigation?.span.lineStart == 1)
    }

    @Test func newsWithDisqusComments() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("news/disqus.txt"))
        #expect(thread.platform == "news")
        #expect(thread.posts.map(\.author) == ["Priya Nandakumar", "harbourlight", "kerbside_kev", "millpond"])
        #expect(thread.posts.map(\.timestamp) == ["2 hours ago", "2 hours ago", "an hour ago", "45 minutes ago"])
        #expect(
            thread.posts[1].body
                == "About time. My kids can finally ride to the park without me holding my breath at every junction.")
        #expect(thread.segments.contains { $0.text == "3" && $0.name == "page furniture" })
    }

    @Test func newsSiteFurniture() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("news/site-furniture.txt"))
        #expect(thread.title == "Wetland restoration brings back a bird not seen locally for forty years")
        #expect(thread.posts.count == 1)
        #expect(thread.posts[0].author == "Tomasz Wierzbicki")
        #expect(thread.posts[0].timestamp == "14 May 2025")
        let body = thread.posts[0].body
        #expect(body.hasSuffix("took three winters of volunteer planting."))
        for furniture in ["Advertisement", "Read more", "min read", "Photo:", "Most Read", "©", "Privacy", "Menu"] {
            #expect(!body.contains(furniture), "\(furniture)")
        }
    }

    @Test func newsArticleOnly() throws {
        let thread = try FixtureFiles.parse(FixtureFiles.url("news/article-only.txt"))
        #expect(thread.title == "Beekeepers report a strong spring after a mild winter")
        #expect(thread.posts.count == 1)
        #expect(thread.posts[0].body.hasSuffix("heavy with stores,\" she said."))
        let names = Set(thread.segments.compactMap(\.name))
        #expect(
            names.isSuperset(of: [
                "loading placeholder", "source link", "share widget", "comment count", "comment form",
            ]))
    }
}
