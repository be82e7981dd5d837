import Analysis
import Foundation
import Testing
import ThreadModel

@testable import Reports

/// What a moderator sees at a glance: the course of the thread, the start of each queued post,
/// folded civil posts, a legend that matches the marks, and page text that cannot reorder the page.
@Suite struct HTMLGlanceTests {
    static let override = "\u{202E}"

    /// Every place in `html` (outside tags) where `needle` occurs is inside `<bdi>` or an element
    /// with a `dir` attribute; returns the text before each occurrence that is not.
    static func unisolated(_ needle: Character, in html: String) -> [String] {
        var stack: [Bool] = []
        var problems: [String] = []
        var index = html.startIndex
        let voids: Set<String> = ["meta", "br", "hr", "img", "input", "link"]
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                let name = String(tag.prefix { $0 != " " && $0 != "/" && $0 != ">" }).lowercased()
                if tag.hasPrefix("/") {
                    _ = stack.popLast()
                } else if !tag.hasPrefix("!"), !tag.hasSuffix("/"), !voids.contains(name) {
                    stack.append(name == "bdi" || tag.contains(" dir=\"auto\""))
                    if name == "style", let end = html.range(of: "</style>", range: close..<html.endIndex) {
                        index = html.index(before: end.lowerBound)
                    }
                }
                index = html.index(after: max(close, index))
                continue
            }
            if character == needle, !stack.contains(true) {
                problems.append(String(html[..<index].suffix(60)))
            }
            index = html.index(after: index)
        }
        return problems
    }

    static func hostileBidi() -> ThreadReport {
        let o = Self.override
        var report = HTMLReportFixtures.report(
            title: "Fair \(o)question", platform: "invision",
            specs: [
                .init(author: "ana\(o)", time: "2 hours\(o) ago", body: "Opening \(o)post about the ferry."),
                .init(
                    author: "ben\(o)", body: "you absolute clown \(o)reversed", parent: 0, kind: .quote, stance: .deny,
                    severity: .high, fired: [("absolute clown", "insult")],
                    quotes: [
                        Quote(
                            author: "ana\(o)", postIndex: 0, time: "1 hour\(o) ago", text: "Opening \(o)post",
                            span: HTMLReportFixtures.span)
                    ],
                    reactions: [Reaction(name: "Like\(o)", count: 2)], attachments: ["photo\(o).jpg"]),
            ],
            reasons: { _ in ["insults ana\(o) (post 0)"] })
        report.pages = ["saved/\(o)page.html"]
        return report
    }

    @Test func bidiControlsFromThePageAreIsolatedEverywhereInTheHTML() {
        let html = HTMLReporterTests.page([Self.hostileBidi(), Self.hostileBidi()])
        #expect(html.filter { $0 == Character(Self.override) }.count >= 12, "the fixture reaches the page")
        #expect(Self.unisolated(Character(Self.override), in: html) == [])
        let control = "<p>not isolated \(Self.override)</p>"
        #expect(Self.unisolated(Character(Self.override), in: control).count == 1, "the check can fail")
    }

    @Test func eachThreadShowsItsCourseAsAnInlineSVGWithOneBarPerPost() throws {
        let report = HTMLReportFixtures.gardening()
        let html = HTMLReporterTests.page([report])
        let svg = try #require(HTMLReporterTests.between(html, "<svg ", "</svg>"))
        let bars = Array(svg.components(separatedBy: "<rect ").dropFirst())
        #expect(bars.count == report.posts.count)
        for (index, bar) in bars.enumerated() {
            let severity = report.posts[index].severity.rawValue
            #expect(bar.hasPrefix("class=\"sev-\(severity)\""), "post \(index)")
            #expect(bar.contains("<title>post #\(index + 1)"), "post \(index)")
        }
        #expect(svg.components(separatedBy: "<a href=\"#p").count - 1 == report.posts.count)
        func height(_ bar: String) -> Double {
            Double(HTMLReporterTests.between(bar, "height=\"", "\"") ?? "") ?? -1
        }
        let scores = report.posts.map(\.analysis.incivility.score)
        let harshest = try #require(scores.indices.max { scores[$0] < scores[$1] })
        let mildest = try #require(scores.indices.min { scores[$0] < scores[$1] })
        #expect(height(bars[harshest]) > height(bars[mildest]))
        #expect(svg.contains("<polyline class=\"depth\" points=\""))
        #expect(!svg.contains("script") && !svg.contains("http"))
        #expect(HTMLReportVocabulary.violations(in: html) == [])
    }

    @Test func queueCardsShowTheStartOfThePost() throws {
        let report = HTMLReportFixtures.gardening()
        let html = HTMLReporterTests.page([report])
        let first = try #require(HTMLReporterTests.between(html, "id=\"q1\">", "</li>\n"))
        let post = report.posts[report.queue[0].post].post.body
        let start = PostLine.firstWords(post, limit: HTMLThreadPage.queueExcerptLength)
        #expect(first.contains("<p class=\"start\" dir=\"auto\">“" + HTMLEscaper.text(start) + "”</p>"))
    }

    @Test func aLongCivilPostIsFoldedEvenWithRuleEvidenceAndKeepsItsMarksInside() throws {
        let body = String(repeating: "You make a fair point about the allotment rota and the water butts. ", count: 20)
        let rule = Evidence(
            start: 0, end: 3, text: "You", source: .rule, name: "target:participant", category: nil,
            contribution: 0.1, origin: nil)
        let report = HTMLReportFixtures.report(
            title: "Rota",
            specs: [
                .init(author: "ana", body: "Rota for May?"),
                .init(author: "ben", body: body, parent: 0, extraEvidence: [rule]),
            ])
        let html = HTMLReporterTests.page([report])
        let post1 = try #require(HTMLReporterTests.between(html, "id=\"p1\">", "</article>"))
        #expect(post1.contains("<div class=\"text excerpt\" dir=\"auto\">"))
        let folded = try #require(HTMLReporterTests.between(post1, "<details class=\"more\">", "</details>"))
        #expect(folded.contains("<mark class=\"rule\""))
    }

    @Test func theLegendShowsTheMarksAsTheTextHasThem() throws {
        let html = HTMLReporterTests.page([HTMLReportFixtures.gardening()])
        let legend = try #require(HTMLReporterTests.between(html, "<p class=\"legend\">", "</p>"))
        #expect(legend.contains("<mark>highlighted</mark> words fired a lexicon entry"))
        #expect(legend.contains("<mark class=\"rule\">dotted</mark> words a rule weighed"))
        #expect(html.contains("<mark title=") && html.contains("<mark class=\"rule\" title="), "both kinds are used")
        let css = HTMLStyleSheet.css
        #expect(css.contains("mark.rule { background: none;") && css.contains("dotted"))
    }
}
