import Analysis
import Foundation
import Testing

@testable import Reports

@Suite struct HTMLReporterTests {
    static let reporter = HTMLReporter()

    static func page(_ reports: [ThreadReport]) -> String {
        reporter.report(reports)
    }

    /// The text between the first `start` and the next `end`.
    static func between(_ html: String, _ start: String, _ end: String) -> String? {
        guard let open = html.range(of: start), let close = html.range(of: end, range: open.upperBound..<html.endIndex)
        else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    @Test func declaresAPolicyThatAllowsExactlyItsOwnStyle() throws {
        let html = Self.page([HTMLReportFixtures.gardening()])
        let policy = try #require(Self.between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\""))
        let style = try #require(Self.between(html, "<style>", "</style>"))
        let hash = "'sha256-" + Data(SHA256.digest(style.utf8)).base64EncodedString() + "'"
        #expect(
            policy.replacingOccurrences(of: "&#39;", with: "'")
                == "default-src 'none'; style-src \(hash); base-uri 'none'; form-action 'none'")
        let policyAt = try #require(html.range(of: "Content-Security-Policy")).lowerBound
        let styleAt = try #require(html.range(of: "<style>")).lowerBound
        let titleAt = try #require(html.range(of: "<title>")).lowerBound
        #expect(policyAt < titleAt && titleAt < styleAt)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
    }

    @Test func headerCountsThePostsOfEachSeverity() throws {
        let html = Self.page([HTMLReportFixtures.gardening()])
        let counts = try #require(Self.between(html, "<ul class=\"counts\">", "</ul>"))
        #expect(counts.contains("<li><b>2</b>to review</li><li><b>2</b>uncivil of 11 posts</li>"))
        #expect(
            counts.contains(
                "<li><b>1</b><span class=\"badge sev-high\">high</span> <b>1</b><span class=\"badge sev-medium\">medium</span></li>"
            ))
        let calm = Self.page([HTMLReportFixtures.report(title: "calm", specs: [.init(author: "a", body: "hello")])])
        #expect(calm.contains("<li><span class=\"badge sev-none\">civil</span> every post</li>"))
    }

    @Test func writesOnlyItsOwnTagsAndAttributes() {
        #expect(HTMLReportVocabulary.violations(in: Self.page([HTMLReportFixtures.gardening()])) == [])
        #expect(HTMLReportVocabulary.violations(in: Self.page([])) == [])
    }

    @Test func putsTheQueueFirstHarshestOnTop() throws {
        let html = Self.page([HTMLReportFixtures.gardening()])
        let queue = try #require(html.range(of: "<h2 id=\"queue\">Moderation queue</h2>")).lowerBound
        let signals = try #require(html.range(of: "<h2 id=\"signals\">")).lowerBound
        let tree = try #require(html.range(of: "<h2 id=\"tree\">Thread</h2>")).lowerBound
        #expect(queue < signals && signals < tree)
        let first = try #require(Self.between(html, "id=\"q1\">", "</li>\n"))
        #expect(first.contains("<a class=\"num\" href=\"#p3\">#4</a> <bdi class=\"author\">Rootbound</bdi>"))
        #expect(first.contains("<span class=\"badge sev-high\">high</span>"))
        #expect(
            first.contains(
                "<meter min=\"0\" max=\"100\" low=\"34\" high=\"67\" optimum=\"0\" value=\"71\">71</meter>priority 71"))
        #expect(first.contains("<li dir=\"auto\">Name-calling aimed at a participant (Kettle42)</li>"))
        #expect(
            first.contains(
                "<ul class=\"evidence\" aria-label=\"words that fired\"><li dir=\"auto\">absolute clown</li>"))
        #expect(
            html.contains(
                "id=\"q2\">\n<div class=\"entry-head\"><span class=\"rank\">2.</span> <a class=\"num\" href=\"#p2\">"))
    }

    @Test func nestsRepliesUnderTheirParentsUpToTheLimit() {
        let html = Self.page([HTMLReportFixtures.gardening()])
        var depth = 0
        var deepest = 0
        var depthOfPost: [String: Int] = [:]
        for tag in HTMLTagScanner.tags(html) {
            if tag.name == "ol", tag.attributes.contains(HTMLTagScanner.Attribute(name: "class", value: "replies")) {
                depth += 1
                deepest = max(deepest, depth)
            } else if tag.name == "ol", tag.isEnd, depth > 0, deepest > 0 {
                depth -= 1
            }
            if tag.name == "article", let id = tag.attributes.first(where: { $0.name == "id" }) {
                depthOfPost[id.value] = depth
            }
        }
        #expect(depthOfPost["p0"] == 0 && depthOfPost["p1"] == 1 && depthOfPost["p4"] == 1)
        #expect(depthOfPost["p2"] == 2 && depthOfPost["p3"] == 3 && depthOfPost["p5"] == 4)
        #expect(depthOfPost["p6"] == 5 && depthOfPost["p7"] == 6 && depthOfPost["p10"] == 6)
        #expect(deepest == HTMLThreadPage.maximumNesting)
    }

    @Test func showsStanceEdgeSeverityQuotesReactionsAndMarks() throws {
        let html = Self.page([HTMLReportFixtures.gardening()])
        let post3 = try #require(Self.between(html, "id=\"p3\">", "</article>"))
        #expect(
            post3.contains("<span class=\"stance stance-deny\">↓ denies <a class=\"num\" href=\"#p2\">#3</a></span>"))
        #expect(
            post3.contains(
                "title=\"linked by quote, confidence 90%: quotes the post it answers\">via quote, 8 min later</span>"))
        #expect(post3.contains("<span class=\"badge sev-high\">high</span><a href=\"#q1\">queue 1</a>"))
        #expect(
            post3.contains(
                "<bdi class=\"author\">Kettle42</bdi> said · <bdi>8 minutes ago</bdi> · from <a class=\"num\" href=\"#p2\">#3</a>"
            )
        )
        #expect(post3.contains("<li><bdi>Haha</bdi> 4</li><li><bdi>Like</bdi> 2</li>"))
        #expect(
            post3.contains(
                "<mark class=\"rule\" title=\"rule “target:participant” · score +0.10\">you</mark> "
                    + "<mark title=\"name-calling · entry “absolute clown” · incivility.tsv:14 · score +0.40\">absolute clown</mark>"
            ))
        let post1 = try #require(Self.between(html, "id=\"p1\">", "</article>"))
        #expect(
            post1.contains(
                "<span class=\"stance stance-support\" title=\"cues: “Yeah” (stance.tsv:11), rule opening-agreement\">↑ supports"
            ))
        #expect(!post1.contains("badge"))
        #expect(try #require(Self.between(html, "id=\"p4\">", "</article>")).contains("? questions"))
    }

    @Test func foldsALongCivilPostBehindAnExcerpt() throws {
        let html = Self.page([HTMLReportFixtures.gardening()])
        let post0 = try #require(Self.between(html, "id=\"p0\">", "</article>"))
        let excerpt = try #require(Self.between(post0, "<div class=\"text excerpt\" dir=\"auto\">", "</div>"))
        #expect(excerpt.hasSuffix("never try again. …") && excerpt.utf8.count < HTMLThreadPage.excerptLength + 10)
        #expect(
            post0.contains(
                "<details class=\"more\"><summary><span class=\"hint-closed\">Show the whole post (174 words)"))
        #expect(!(try #require(Self.between(html, "id=\"p2\">", "</article>"))).contains("<details"))
    }

    @Test func anExcerptEndsAtALineBreakOrASpace() {
        let paragraphs = String(repeating: "word ", count: 60) + "\n" + String(repeating: "more ", count: 100)
        #expect(HTMLThreadPage.excerpt(of: paragraphs) == String(repeating: "word ", count: 59) + "word")
        let unbroken = String(repeating: "x", count: 300) + " " + String(repeating: "y", count: 300)
        #expect(
            HTMLThreadPage.excerpt(of: unbroken) == String(repeating: "x", count: 300) + " "
                + String(repeating: "y", count: 119))
        let words = String(repeating: "abcdefghi ", count: 100)
        let cut = HTMLThreadPage.excerpt(of: words)
        #expect(cut.hasSuffix("abcdefghi") && cut.utf8.count <= HTMLThreadPage.excerptLength)
        #expect(HTMLThreadPage.excerpt(of: "short text") == "short text")
    }

    @Test func signalsAndAuthorsAreSummarised() throws {
        let html = Self.page([HTMLReportFixtures.gardening()])
        let signals = try #require(Self.between(html, "<h2 id=\"signals\">", "</section>"))
        #expect(signals.contains("<h3>Escalation</h3>"))
        #expect(
            signals.contains(
                "turned the exchange uncivil <span class=\"badge sev-medium\">medium</span> after 1 civil reply"))
        #expect(signals.contains("<bdi class=\"author\">Kettle42</bdi> ⇄ <bdi class=\"author\">Rootbound</bdi>"))
        #expect(signals.contains("<h3>Amplified by reactions</h3>"))
        #expect(signals.contains("<td><bdi class=\"author\">fernweh 🌿</bdi></td>"))
        #expect(!signals.contains("Pile-on"))
    }

    @Test func severalThreadsGetDistinctIds() {
        let html = Self.page([HTMLReportFixtures.gardening(), HTMLReportFixtures.gardening()])
        let ids = HTMLTagScanner.tags(html).flatMap { $0.attributes.filter { $0.name == "id" }.map(\.value) }
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("t1-p3") && ids.contains("t2-p3"))
        #expect(html.contains("href=\"#t2-p2\""))
    }

    @Test func mergedPagesAreNamed() {
        var report = HTMLReportFixtures.gardening()
        report.pages = ["garlic-p1.html", "garlic-p2.html"]
        let html = Self.page([report])
        #expect(
            html.contains(
                "<p class=\"meta\"><span title=\"garlic-p1.html&#10;garlic-p2.html\">2 pages merged: <bdi>garlic-p1.html</bdi> …</span> · <bdi>invision</bdi>"
            ))
    }

    @Test func anEmptyThreadStillMakesAPage() {
        let empty = HTMLReportFixtures.report(title: nil, specs: [])
        let html = Self.page([empty])
        #expect(html.contains("<h1 dir=\"auto\">Untitled thread</h1>"))
        #expect(html.contains("Nothing to review"))
        #expect(html.contains("The page has no posts."))
        #expect(HTMLReportVocabulary.violations(in: html) == [])
    }

    /// Every field of the injection thread is hostile; the page keeps its own structure and every
    /// payload shows up as text.
    @Test func hostileContentStaysText() {
        let html = Self.page([HTMLReportFixtures.injection()])
        #expect(HTMLReportVocabulary.violations(in: html) == [])
        #expect(!html.contains("PWNED") && !html.contains("xss-ran"))
        #expect(html.contains("&lt;script&gt;document.title=&#39;PW&#39;+&#39;NED&#39;"))
        #expect(html.contains("&amp;lt;script&amp;gt;"))
        for payload in HTMLInjectionCorpus.payloads {
            #expect(html.contains(HTMLEscaper.text(payload)), "payload missing from the page: \(payload)")
        }
        let attachments = html.components(separatedBy: "<p class=\"meta\">Attached: ").count - 1
        #expect(attachments == HTMLInjectionCorpus.payloads.count)
    }
}
