import Foundation
import Lexicon
import Testing
import ThreadModel

@testable import PageParsing

/// What the classic boards' adapters (Invision, vBulletin 3–5, XenForo 1, SMF, MyBB, FluxBB/PunBB,
/// phpBB subsilver2) read beyond the columns of their cases' expectations: times, ids, quote
/// sources, reactions, signatures, edit notes, titles and page links; and the two engine pieces
/// they needed, the value pattern and the quote header written before its quote.
@Suite struct ClassicBoardAdapterTests {
    static let parser: PageParser = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bundle = try! LexiconBundle.load(directory: root.appendingPathComponent("Lexicons").path)
        return try! PageParser(lexicons: bundle)
    }()

    static func read(_ platform: String, _ page: String) throws -> DiscussionThread {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("Lexicons/platforms/\(platform)/cases/\(page)").path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        return parser.parse(Array(bytes), source: path)
    }

    // MARK: the value pattern

    @Test func aPatternKeepsThePartInBracesAndNeedsTheWholeValueToMatch() throws {
        let quote = try AdapterPattern("Quote from: {} on *")
        #expect(quote.extract(from: "Quote from: lathe_lou on February 9, 2013, 07:40:12 PM") == "lathe_lou")
        #expect(quote.extract(from: "quote FROM:   lathe_lou  on today") == "lathe_lou")
        #expect(quote.extract(from: "Quote") == nil)
        // `*` takes as much as it can, `{}` as little.
        #expect(
            try AdapterPattern("*: {} »").extract(from: "« Reply #1 on: February 9, 2013, 08:02 PM »")
                == "February 9, 2013, 08:02 PM")
        #expect(try AdapterPattern("* {}s this.").extract(from: "1 person likes this.") == "like")
        #expect(try AdapterPattern("* {}s this.").extract(from: "2 people like this.") == nil)
        #expect(
            try AdapterPattern("*\"username\":\"{}\"*").extract(from: #"{"userid":4,"username":"Ann B","x":1}"#)
                == "Ann B")
        #expect(try AdapterPattern("{} wrote:").extract(from: " wrote:") == nil)
    }

    @Test func aMalformedPatternIsALexiconErrorNamingTheRow() throws {
        let text =
            "role\tselector\ttake\tpattern\npost\tdiv.p\nauthor\t.a\ttext\tno braces\n"
            + "author\t.a\ttext\t{}*x\nbody\t.b\ttext\t{}\n"
        let (_, problems) = try HTMLAdapter.compile(name: "mine", file: "platforms/mine/html.tsv", text: text)
        #expect(
            problems.map(\.description) == [
                "platforms/mine/html.tsv:3: \(AdapterPattern.Message.capture("no braces"))",
                "platforms/mine/html.tsv:4: \(AdapterPattern.Message.adjacent("{}*x"))",
                "platforms/mine/html.tsv:5: \(HTMLAdapter.Message.patternNotAllowed(.body))",
            ])
    }

    @Test func rowsOfOneRoleAreAlternativesAndTheFirstWithAValueWins() throws {
        let text = """
            role\tselector\ttake\tpattern
            post\tdiv.p
            author\t.by\ttext\t{} wrote:
            author\t.by\ttext\tby {}
            author\t.name
            body\t.b
            """
        let adapter = try HTMLAdapter(name: "mine", file: "html.tsv", text: text)
        let page = Array(
            """
            <div class="p"><span class="by">ann wrote:</span><p class="b">one</p></div>
            <div class="p"><span class="by">by bob</span><p class="b">two</p></div>
            <div class="p"><span class="by">???</span><i class="name">cy</i><p class="b">three</p></div>
            """.utf8)
        let html = try #require(HTMLPage.read(page, format: .html))
        let reader = DOMThreadReader(document: html.document, adapter: adapter, offsets: html)
        let thread = try #require(reader.read(source: "x.html"))
        #expect(thread.posts.map(\.author) == ["ann", "bob", "cy"])
    }

    // MARK: the quote header before its quote

    @Test func aQuoteHeaderBelongsToTheQuoteAfterItNestedOrNot() throws {
        let thread = try Self.read("smf", "smf20.html")
        let outer = try #require(thread.posts[2].quotes.first)
        #expect(outer.author == "solder_sue")
        #expect(outer.sourceID?.hasSuffix("msg4402") == true)
        #expect(outer.postIndex == 1)
        #expect(outer.quotes.map(\.author) == ["lathe_lou"])
        #expect(outer.text == "Who exactly decided this, and why were members not asked?")
        #expect(!thread.posts[2].body.contains("Quote from"))
        #expect(
            thread.segments.contains {
                $0.kind == .quoteHeader && $0.post == 2 && $0.text.hasPrefix("Quote from: solder_sue")
            })
    }

    // MARK: bbPress

    @Test func bbpressTakesEachReplysDateAndIdFromTheHeaderBeforeIt() throws {
        let thread = try Self.read("bbpress", "everything.html")
        #expect(thread.posts.map(\.platformID) == ["900", "901", "902", "903", "904"])
        #expect(thread.posts[1].timestamp == "12 mei 2024 om 09:40")
        #expect(thread.posts.map(\.displayNumber) == [1, 2, 3, 4, 5])
        let header = try #require(thread.segments.first { $0.text.contains("12 mei 2024 om 09:40") })
        #expect(header.post == 1 && header.kind == .postHeader)
        let permalink = try #require(thread.segments.first { $0.text == "#901" })
        #expect(permalink.post == 1 && permalink.kind == .boilerplate)
    }

    // MARK: Simple Machines

    @Test func smf21ReadsTimesLikesSignaturesEditsAndTheIgnoredPost() throws {
        let thread = try Self.read("smf", "everything.html")
        #expect(thread.adapter?.method == "html:smf")
        #expect(thread.title == "Sunday ride pace is too fast")
        #expect(thread.nextPageURL == "https://riders.example/index.php?topic=58.5")
        #expect(thread.posts.map(\.platformID) == ["msg_301", "msg_302", "msg_303", "msg_304", "msg_305"])
        #expect(thread.posts[0].timestamp == "March 3, 2024, 08:15:00 AM")
        #expect(thread.posts[0].reactions == [Reaction(name: "like", count: 2)])
        #expect(thread.posts[2].reactions == [Reaction(name: "like", count: 2)])
        #expect(thread.posts[0].signature == "Chain lube is cheaper than knees.")
        #expect(thread.posts[1].editNote == "Last Edit: March 3, 2024, 09:02:11 AM by carbon_kim")
        #expect(thread.posts[1].quotes.first?.postIndex == 0)
        #expect(thread.posts[3].quotes.first?.sourceID == nil)
        #expect(thread.posts[3].quotes.first?.postIndex == 0)
        #expect(thread.posts[4].isDeleted && thread.posts[4].body.isEmpty)
    }

    @Test func smf20ReadsTheTimeOutOfItsHeaderLine() throws {
        let thread = try Self.read("smf", "smf20.html")
        #expect(thread.title == "Quiet hours at the workshop")
        #expect(
            thread.posts.map(\.timestamp) == [
                "February 9, 2013, 07:40:12 PM", "February 9, 2013, 08:02:55 PM", "February 9, 2013, 08:30:00 PM",
                "February 10, 2013, 09:14:27 AM",
            ])
        #expect(thread.posts[1].editNote == "« Last Edit: February 9, 2013, 08:10:31 PM by solder_sue »")
        #expect(thread.posts[0].signature == "Measure twice, cut once.")
        #expect(thread.posts[3].author == "bandsaw_ben")
    }

    // MARK: MyBB

    @Test func mybbSplitsTheDateFromItsEditNoteAndReadsQuoteHeaders() throws {
        let thread = try Self.read("mybb", "everything.html")
        #expect(thread.adapter?.method == "html:mybb")
        #expect(thread.title == "Lost parcel refunds take forever")
        #expect(thread.nextPageURL == "showthread.php?tid=902&page=2")
        #expect(
            thread.posts.map(\.timestamp) == [
                "04-02-2024, 09:14 AM", "04-02-2024, 10:03 AM", "04-02-2024, 11:40 AM", "04-02-2024, 01:22 PM",
                "04-02-2024, 02:05 PM",
            ])
        #expect(thread.posts[1].editNote == "(This post was last modified: 04-02-2024, 10:09 AM by depot_dan.)")
        #expect(thread.posts[1].quotes.first?.sourceID == "https://parcels.example/showthread.php?pid=5001#pid5001")
        #expect(thread.posts[0].signature == "Tracking number or it did not happen.")
        #expect(thread.posts[3].author == "Guest_Courier" && thread.posts[3].authorLink == nil)
        // The quote without a name is found by its words in an earlier post.
        #expect(thread.posts[3].quotes.first?.postIndex == 1)
        #expect(thread.posts[4].isDeleted && thread.posts[4].body.isEmpty)
        #expect(!thread.posts.contains { $0.body.contains("Wrote:") })
    }

    // MARK: FluxBB / PunBB

    @Test func fluxbbReadsNumbersTimesEditNotesAndSignatures() throws {
        let thread = try Self.read("fluxbb", "everything.html")
        #expect(thread.adapter?.method == "html:fluxbb")
        #expect(thread.title == "Laptop fan noise after kernel update")
        #expect(thread.nextPageURL == "https://penguins.example/viewtopic.php?id=7714&p=2")
        #expect(thread.posts.map(\.platformID) == ["p88101", "p88102", "p88103", "p88104"])
        #expect(
            thread.posts.map(\.timestamp) == [
                "2024-05-11 21:04:17", "2024-05-11 21:30:52", "2024-05-12 08:12:40", "Today 09:45:03",
            ])
        #expect(thread.posts[0].signature == "Running the same install since 2015.")
        #expect(thread.posts[1].editNote == "Last edited by kern_karl (2024-05-11 21:33:05)")
        #expect(!thread.posts[1].body.contains("Last edited"))
        #expect(thread.posts[0].authorLink == "profile.php?id=412")
        #expect(thread.posts[3].quotes.first?.author == "tux_tina")
    }

    // MARK: phpBB subsilver2

    @Test func subsilver2PostsAreTablesWithHeadersBeforeTheirQuotes() throws {
        let thread = try Self.read("phpbb", "subsilver2.html")
        #expect(thread.adapter?.method == "html:phpbb")
        #expect(thread.title == "Night fishing on the east pier")
        #expect(thread.posts.map(\.platformID) == ["p1201", "p1202", "p1203", "p1204", "p1205"])
        #expect(thread.posts[0].timestamp == "Fri Jun 14, 2024 9:15 pm")
        #expect(thread.posts[0].signature?.hasSuffix("Tight lines.") == true)
        #expect(thread.posts[1].editNote?.hasPrefix("Last edited by pollock_pete") == true)
        #expect(thread.posts[2].quotes.first?.quotes.first?.author == "mackerel_mo")
        #expect(thread.posts[3].isDeleted && thread.posts[3].author == "bass_bob")
        #expect(thread.posts[4].quotes.first?.postIndex == 0)
        // prosilver is still read by its own rows.
        let prosilver = try Self.read("phpbb", "everything.html")
        #expect(prosilver.posts.map(\.platformID) == ["p901", "p902", "p903", "p904"])
    }

    // MARK: XenForo 1

    @Test func xenforo1ReadsUnixTimesLikeListsAndTheDeletedMessage() throws {
        let thread = try Self.read("xenforo", "xenforo1.html")
        #expect(thread.adapter?.method == "html:xenforo")
        #expect(thread.title == "Tomato blight already?")
        #expect(thread.posts.map(\.platformID) == ["post-41001", "post-41002", "post-41003", "post-41004"])
        #expect(thread.posts[0].isoTime == "2023-07-03T08:12:00Z")
        #expect(thread.posts[2].timestamp == "Jul 4, 2023")
        #expect(thread.posts[0].reactions == [Reaction(name: "like", count: 5)])
        #expect(thread.posts[1].reactions == [Reaction(name: "like", count: 1)])
        #expect(thread.posts[0].signature == "Three pots, two chillies, one cat.")
        #expect(thread.posts[1].editNote == "Last edited: Jul 3, 2023")
        #expect(thread.posts[2].quotes.first?.sourceID == "goto/post?id=41002#post-41002")
        #expect(thread.posts[2].quotes.first?.text == "More likely leaf spot from watering the leaves in the evening.")
        #expect(thread.posts[3].isDeleted && thread.posts[3].body.isEmpty)
        #expect(!thread.posts.contains { $0.body.contains("said:") || $0.body.contains("Click to expand") })
    }

    // MARK: vBulletin 3, 4 and 5

    @Test func vbulletinReadsEachVersionsOwnMarkup() throws {
        let vb4 = try Self.read("vbulletin", "everything.html")
        #expect(vb4.title == "Which torque wrench for carbon seatposts?")
        #expect(vb4.posts.map(\.timestamp).prefix(2) == ["03-18-2024, 07:05 PM", "03-18-2024, 07:41 PM"])
        #expect(vb4.posts[0].signature == "Five bikes and counting.")
        #expect(vb4.posts[1].editNote == "Last edited by allen_key; 03-18-2024 at 07:44 PM.")
        #expect(vb4.posts[1].quotes.first?.sourceID == "showthread.php?p=77001#post77001")
        #expect(vb4.posts[3].author == "spoke_visitor" && vb4.posts[3].quotes.first?.postIndex == 2)
        #expect(vb4.posts[4].isDeleted && vb4.posts[4].body.isEmpty)

        let vb3 = try Self.read("vbulletin", "vb3.html")
        #expect(vb3.title == "Aquarium heater stuck on")
        #expect(vb3.nextPageURL == "showthread.php?t=2044&page=2")
        #expect(
            vb3.posts.map(\.timestamp) == [
                "11-02-2009, 06:48 PM", "11-02-2009, 07:20 PM", "11-03-2009, 08:02 AM", "Today, 09:15 AM",
            ])
        #expect(vb3.posts[0].signature?.hasSuffix("Two tanks, forty tetras.") == true)
        #expect(vb3.posts[1].editNote == "Last edited by pleco_paul; 11-02-2009 at 07:26 PM.")
        #expect(vb3.posts[2].quotes.first?.text.hasPrefix("No. Unplug it now") == true)
        #expect(!vb3.posts.contains { $0.body.contains("Originally Posted by") || $0.body.contains("Quote:") })

        let vb5 = try Self.read("vbulletin", "vb5.html")
        #expect(vb5.title == "Sourdough starter smells like nail polish")
        #expect(vb5.posts.map(\.platformID) == ["3301", "3305", "3309"])
        #expect(vb5.posts.map(\.isoTime) == ["2024-01-20T08:30:00", "2024-01-20T09:12:44", "2024-01-20T11:02:10"])
        #expect(vb5.posts[0].signature == "Flour, water, patience.")
        #expect(vb5.posts[1].editNote == "Last edited by rye_rita; Jan 20, 2024, 09:20 AM.")
        #expect(vb5.posts[2].quotes.first?.postIndex == 1)
    }

    // MARK: Invision Community 4.x and 5

    @Test func invisionReadsQuoteDataReactionsSignaturesAndEditLines() throws {
        let ips4 = try Self.read("invision", "everything.html")
        #expect(ips4.adapter?.method == "html:invision")
        #expect(ips4.title == "Street parking permits for the new estate")
        #expect(
            ips4.posts.map(\.platformID) == [
                "elComment_88201", "elComment_88207", "elComment_88215", "elComment_88220",
            ])
        #expect(ips4.posts[0].isoTime == "2024-04-04T09:03:00Z" && ips4.posts[0].timestamp == "April 4, 2024")
        #expect(ips4.posts[0].reactions == [Reaction(name: "Like", count: 4), Reaction(name: "Thanks", count: 2)])
        #expect(ips4.posts[0].signature == "Chair, Ashford Green residents group")
        #expect(ips4.posts[1].editNote == "Edited April 4, 2024 by kerb_kevin")
        #expect(!ips4.posts[1].body.contains("Edited"))
        #expect(ips4.posts[1].quotes.first?.sourceID == "88201" && ips4.posts[1].quotes.first?.postIndex == 0)
        #expect(!ips4.posts.contains { $0.body.contains("said:") })
        #expect(ips4.posts[3].isDeleted)

        let ips5 = try Self.read("invision", "ips5.html")
        #expect(ips5.title == "Choir rehearsal moved to Wednesdays")
        // The short form of the time (shown on phones) is cut from the time as shown.
        #expect(ips5.posts.map(\.timestamp) == ["June 11, 2024", "June 11, 2024", "June 12, 2024"])
        #expect(ips5.posts[0].signature == "Second alto, third row")
        #expect(ips5.posts[1].editNote == "Edited June 11, 2024 by bass_bernie")
        #expect(ips5.posts[2].author == "tenor_tim" && ips5.posts[2].authorLink == nil)
        #expect(ips5.posts[2].quotes.first?.quotes.first?.sourceID == "5501")
    }

    @Test func invisionNamesTheAuthorFromQuoteDataWhenThePostShowsNoName() throws {
        let page = Array(
            """
            <body class="ipsApp"><article id="elComment_7"><div data-quotedata="{&quot;userid&quot;:2,&quot;username&quot;:&quot;Ann B&quot;}">
            <div data-role="commentContent"><p>Hello.</p></div></div></article>
            <article id="elComment_8"><div data-quotedata="{}"><div data-role="commentContent"><p>Hi.</p></div></div></article></body>
            """.utf8)
        let thread = Self.parser.parse(page, source: "x.html")
        #expect(thread.adapter?.method == "html:invision")
        #expect(thread.posts.map(\.author) == ["Ann B", nil])
    }
}
