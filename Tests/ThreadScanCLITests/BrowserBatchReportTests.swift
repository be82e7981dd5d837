import Foundation
import Testing

/// The HTML report of the README's batch (`threadscan scan Examples/ -o report.html`), made by the
/// built binary, opens in headless Chromium with no console messages, its index first, every
/// index link landing on a thread, and one drawing of the thread's course per thread.
///
/// Skipped when no Chromium is found unless `CI=true` (`.ci/browser-setup` installs it).
@Suite(
    .enabled(
        if: SeedBrowser.chromium != nil || ProcessInfo.processInfo.environment["CI"] == "true",
        "no chromium binary found on PATH (install it with .ci/browser-setup, or set THREADSCAN_CHROMIUM); skipped because CI is not set"
    )
)
struct BrowserBatchReportTests {
    @Test func theExamplesBatchOpensCleanlyWithItsIndexAndCourses() throws {
        let chromium = try #require(
            SeedBrowser.chromium, "CI=true but no chromium binary was found: run .ci/browser-setup")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let page = scratch.appendingPathComponent("report.html")
        let scan = try CLIRunner.run(["scan", "Examples/", "-o", page.path, "-q"])
        #expect(scan.status == 0, "scan failed: \(scan.stderr)")

        let (status, console, html) = try SeedBrowser.open(page, with: chromium, in: scratch)
        #expect(status == 0)
        #expect(console.isEmpty, "console messages: \(console)")
        let threads = html.components(separatedBy: "<article class=\"thread\"").count - 1
        #expect(threads == 5)
        let nav = try #require(html.range(of: "<nav aria-labelledby=\"index\">"))
        #expect(nav.lowerBound < (html.range(of: "<article class=\"thread\"")?.lowerBound ?? html.startIndex))
        var links: [String] = []
        var rest = html[nav.upperBound...]
        if let end = rest.range(of: "</nav>") { rest = rest[..<end.lowerBound] }
        while let href = rest.range(of: "href=\"#") {
            let close = rest[href.upperBound...].firstIndex(of: "\"")!
            links.append(String(rest[href.upperBound..<close]))
            rest = rest[close...]
        }
        #expect(links.count == threads)
        for link in links { #expect(html.contains("id=\"\(link)\""), "\(link) lands on a thread") }
        #expect(html.components(separatedBy: "<svg ").count - 1 == threads, "one course per thread")
        #expect(html.contains("<p class=\"start\" dir=\"auto\">"))
    }
}
