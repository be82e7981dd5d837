import Analysis
import Foundation
import Testing

@testable import Reports

/// Loads HTML reports in headless Chromium: they render, and hostile page content runs no script.
///
/// Skipped with a message when no Chromium is found, unless `CI=true`, where a missing browser is a
/// failure (`.ci/run` installs it with `.ci/browser-setup`). `THREADSCAN_CHROMIUM` names a browser
/// binary; `THREADSCAN_BROWSER_OUTPUT` names a folder to keep the pages and screenshots in.
@Suite(
    .serialized,
    .enabled(
        if: BrowserAvailability.chromium != nil || BrowserAvailability.inCI,
        "no chromium binary found on PATH (install it with .ci/browser-setup, or set THREADSCAN_CHROMIUM); skipped because CI is not set"
    )
)
struct HTMLBrowserTests {
    static let width = 1100
    static let height = 1600
    /// Colours of the light palette (`HTMLStyleSheet`): page, highlighted evidence, high badge.
    static let lightBackground = 0xF5F6F8
    static let markBackground = 0xFFE27A
    static let highBadgeBackground = 0xFDE7E5

    let browser: Chromium
    let folder: URL
    let keep: Bool

    init() throws {
        browser = try #require(
            BrowserAvailability.chromium,
            "CI=true but no chromium binary was found: run .ci/browser-setup or set THREADSCAN_CHROMIUM"
        )
        if let kept = ProcessInfo.processInfo.environment["THREADSCAN_BROWSER_OUTPUT"], !kept.isEmpty {
            folder = URL(fileURLWithPath: kept, isDirectory: true)
            keep = true
        } else {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "threadscan-browser-\(UUID().uuidString)")
            keep = false
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func write(_ html: String, as name: String) throws -> URL {
        let file = folder.appendingPathComponent(name)
        try Data(html.utf8).write(to: file)
        return file
    }

    private func cleanUp() {
        if !keep { try? FileManager.default.removeItem(at: folder) }
    }

    /// The report renders: decoded, the screenshot is mostly the page background with text, badges
    /// and highlights on it, in light and in dark; a blank page of the same size decodes to a single
    /// colour (so the check can fail). The DOM then holds every post, queue entry and mark, and the
    /// console stays quiet.
    @Test func theSampleReportRenders() throws {
        defer { cleanUp() }
        let report = HTMLReportFixtures.gardening()
        let page = try write(HTMLReporter().report([report]), as: "sample.html")
        let blank = try write(
            "<!DOCTYPE html><html><body style=\"margin:0;background:#f5f6f8\"></body></html>", as: "blank.html"
        )

        let shot = folder.appendingPathComponent("sample.png")
        let shown = try browser.screenshot(of: page, to: shot, width: Self.width, height: Self.height)
        #expect(shown.status == 0)
        #expect(shown.console == [], "console messages: \(shown.console)")
        let light = try PNGImage(Data(contentsOf: shot))
        #expect(light.width == Self.width && light.height == Self.height)
        #expect(light.color(x: 2, y: 2) == Self.lightBackground)
        let lightCensus = light.census(background: Self.lightBackground)
        #expect(lightCensus.foreground > 0.05, "screenshot looks blank: \(lightCensus.foreground) of pixels drawn")
        #expect(lightCensus.colors.count > 100)
        #expect(lightCensus.colors.contains(Self.markBackground), "no highlighted evidence in the screenshot")
        #expect(lightCensus.colors.contains(Self.highBadgeBackground), "no high-severity badge in the screenshot")

        let blankShot = folder.appendingPathComponent("blank.png")
        _ = try browser.screenshot(of: blank, to: blankShot, width: Self.width, height: Self.height)
        let empty = try PNGImage(Data(contentsOf: blankShot)).census(background: Self.lightBackground)
        #expect(empty.foreground == 0 && empty.colors.count == 1)

        let darkShot = folder.appendingPathComponent("sample-dark.png")
        _ = try browser.screenshot(of: page, to: darkShot, width: Self.width, height: Self.height, dark: true)
        let dark = try PNGImage(Data(contentsOf: darkShot))
        let darkBackground = dark.color(x: 2, y: 2)
        #expect(PNGImage.luma(darkBackground) < 40, "prefers-color-scheme: dark left a light background")
        #expect(dark.census(background: darkBackground).foreground > 0.05)

        let dumped = try browser.dumpDOM(of: page)
        #expect(dumped.status == 0)
        #expect(dumped.console == [], "console messages: \(dumped.console)")
        let tags = HTMLTagScanner.tags(dumped.stdout).filter { !$0.isEnd }
        func count(_ name: String, classed: String? = nil) -> Int {
            tags.filter { tag in
                tag.name == name
                    && (classed.map { wanted in
                        tag.attributes.contains {
                            $0.name == "class" && $0.value.split(separator: " ").contains(Substring(wanted))
                        }
                    } ?? true)
            }.count
        }
        #expect(count("article", classed: "post") == report.posts.count)
        #expect(count("li", classed: "entry") == report.queue.count)
        #expect(count("mark", classed: "rule") == 1 + 1)
        #expect(count("mark") == 5 + 1 + 2, "5 entries and 1 rule in the posts, 2 in the legend")
        #expect(count("blockquote") == report.posts.map(\.post.quotes.count).reduce(0, +))
        #expect(tags.count > 250)
        #expect(HTMLReportVocabulary.violations(in: dumped.stdout) == [])
    }

    /// Every payload of the corpus, in every field the report shows, stays text: after a virtual-time
    /// budget the title is the report's own, no marker was set, no foreign element exists, and the
    /// console is silent (so the policy did not even have to block anything).
    @Test func theInjectionCorpusRunsNoScript() throws {
        defer { cleanUp() }
        let html = HTMLReporter().report([HTMLReportFixtures.injection()])
        let result = try browser.dumpDOM(of: write(html, as: "injection.html"))
        try Self.expectNoScriptRan(result)
        #expect(result.console == [], "console messages: \(result.console)")
    }

    /// The escaping holds on its own: the same page without its Content-Security-Policy runs no script either.
    @Test func escapingAloneStopsTheCorpus() throws {
        defer { cleanUp() }
        let html = HTMLReporter().report([HTMLReportFixtures.injection()])
        let start = try #require(html.range(of: "<meta http-equiv=\"Content-Security-Policy\""))
        let end = try #require(html.range(of: ">\n", range: start.upperBound..<html.endIndex))
        var unprotected = html
        unprotected.removeSubrange(start.lowerBound..<end.upperBound)
        #expect(!unprotected.contains("Content-Security-Policy"))
        let result = try browser.dumpDOM(of: write(unprotected, as: "injection-without-policy.html"))
        try Self.expectNoScriptRan(result)
    }

    /// The policy holds on its own: the raw payloads under the report's policy run nothing, and the
    /// console reports what it blocked (which shows that console messages are seen).
    @Test func thePolicyAloneStopsRawPayloads() throws {
        defer { cleanUp() }
        let policy = ContentSecurityPolicy(styleSheet: HTMLStyleSheet.css).value
        let result = try browser.dumpDOM(of: write(Self.rawPage(policy: policy), as: "raw-with-policy.html"))
        #expect(!result.stdout.contains("PWNED") && !result.stdout.contains("xss-ran"))
        #expect(result.console.contains { $0.contains("Content Security Policy") })
    }

    /// The detector works: the raw payloads without escaping or policy do change the page.
    @Test func anUnprotectedPageIsCaught() throws {
        defer { cleanUp() }
        let result = try browser.dumpDOM(of: write(Self.rawPage(policy: nil), as: "raw.html"))
        #expect(Self.title(of: result.stdout) == "PWNED")
        #expect(result.stdout.contains("data-xss=\"xss-ran\""))
    }

    private static func expectNoScriptRan(_ result: Chromium.Output) throws {
        #expect(result.status == 0)
        let dom = result.stdout
        #expect(dom.contains("</html>"), "no DOM was dumped")
        #expect(title(of: dom) == HTMLReporter.pageTitle)
        #expect(!dom.contains("PWNED"))
        #expect(!dom.contains("xss-ran"))
        #expect(!result.console.contains { $0.contains("Uncaught") })
        #expect(HTMLReportVocabulary.violations(in: dom) == [])
    }

    /// The text of the first `<title>` element.
    private static func title(of dom: String) -> String? {
        guard let open = dom.range(of: "<title>"),
            let close = dom.range(of: "</title>", range: open.upperBound..<dom.endIndex)
        else { return nil }
        return String(dom[open.upperBound..<close.lowerBound])
    }

    /// Every payload unescaped, as element content and inside a double-quoted attribute, under
    /// `policy` when given.
    private static func rawPage(policy: String?) -> String {
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        if let policy { html += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">" }
        html += "<title>raw</title></head><body>\n"
        for payload in HTMLInjectionCorpus.payloads {
            html += "<div>\(payload)</div>\n<p title=\"\(payload)\">x</p>\n"
        }
        return html + "</body></html>\n"
    }
}

/// Whether the browser tests can run: a Chromium found, or `CI=true` (where its absence fails them).
enum BrowserAvailability {
    static let chromium = Chromium.locate()
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
}
