import Analysis
import Foundation
import Testing

@testable import Reports

@Suite struct TextReportersTests {
    @Test func theTreeIsDrawnWithStanceBadgesAndEdges() throws {
        let drawing = ReplyTreeDrawing().draw(try ReportFixture.report())
        #expect(
            drawing == """
                #1 ed [ok] The council wants to close the old ferry line next spring. T…
                └─ #2 ana ? [ok] Closing it would strand the island villages. @ed did you ask…  (mention 0.70)
                   └─ #3 ben_r ↑ [MED] Yeah, and the council are clowns for even floating it.  (cue 0.50)
                      └─ #4 =cy ↓ [HIGH] =HYPERLINK("http://example.invalid") Are you serious, ben_r?…  (quote 0.95, 8 min)
                         └─ #5 ben_r ↓ [LOW] No, you calm down, troll.  (cue 0.50)

                """)
    }

    @Test func siblingsGetTeesAndDeepChainsStopIndenting() throws {
        var report = try ReportFixture.report()
        report.posts[0].children = [1, 4]
        report.posts[1].children = []
        report.posts[4].depth = 1
        let drawing = ReplyTreeDrawing().draw(report)
        #expect(drawing.split(separator: "\n").map { $0.prefix(6) } == ["#1 ed ", "├─ #2 ", "└─ #5 "])
        let chain = (0..<60).map { index in
            PostReport(
                post: ReportFixture.thread.posts[0], analysis: ReportFixture.analyses[0], parent: nil, depth: index,
                children: index < 59 ? [index + 1] : [])
        }
        report.posts = chain
        let lines = ReplyTreeDrawing().draw(report).split(separator: "\n")
        #expect(lines.count == 60)
        #expect(lines.map(\.count).max()! < 200)
    }

    @Test func terminalOutputCarriesNoEscapeSequencesFromThePage() {
        #expect(PostLine.clean("evil\u{1B}]0;title\u{07} name\u{202E}") == "evil]0;title name[RLO]")
        #expect(PostLine.firstWords("  two\n\n words  ", limit: 60) == "two words")
        #expect(PostLine.firstWords("abcdef", limit: 3) == "abc…")
        #expect(PostLine.clean("family 👨‍👩‍👧 ok") == "family 👨‍👩‍👧 ok")
    }

    @Test func textHasColourOnlyWhenAsked() throws {
        let report = try ReportFixture.report()
        let plain = TextReporter().report([report])
        #expect(!plain.contains("\u{1B}["))
        let coloured = TextReporter().report([report], options: ReportOptions(color: true))
        #expect(coloured.contains("\u{1B}[1;31m[HIGH]\u{1B}[0m"))
        try ReportGolden.check(plain, name: "ferry.txt")
    }

    @Test func textQueueListsReasonsInPriorityOrder() throws {
        let text = TextReporter().report([try ReportFixture.report()])
        #expect(text.contains("1. [HIGH] post #4 by =cy · priority 85\n"))
        #expect(text.contains("   - heated exchange between =cy and ben_r (2 uncivil replies)\n"))
        #expect(text.contains("Heated exchange between =cy and ben_r: posts #4, #5"))
    }

    @Test func markdownEscapesPageContent() throws {
        let markdown = MarkdownReporter().report([try ReportFixture.report()])
        let prose = try #require(markdown.components(separatedBy: "```text").first)
        #expect(prose.contains("ben\\_r? You are an idiot \\|"))
        #expect(!prose.contains("@"))
        #expect(MarkdownEscaper.inline("@here") == "&#64;here")
        #expect(MarkdownEscaper.codeBlock("a ```\nb") == "a ′′′\nb")
        #expect(
            MarkdownEscaper.inline("- [x](javascript:alert(1)) <b>*bold*</b>")
                == "\\- \\[x\\](javascript:alert(1)) &lt;b&gt;\\*bold\\*&lt;/b&gt;")
        #expect(MarkdownEscaper.inline("a - b") == "a - b")
        try ReportGolden.check(markdown, name: "ferry.md")
    }

    @Test func everyFormatIsRegisteredByName() {
        #expect(ReporterRegistry.names == ["text", "md", "json", "jsonl", "csv", "html"])
        #expect(ReporterRegistry.named("csv") is CSVReporter)
        #expect(ReporterRegistry.named("xml") == nil)
    }
}
