import Foundation
import Testing

/// The HTML report of seed 002, made by the built binary, opens in headless Chromium with no console
/// messages, its queue and its four posts in the DOM. (What the queue holds is the analysis's to test.)
///
/// Skipped when `../shared/seeds` is absent, and when no Chromium is found unless `CI=true`
/// (`.ci/browser-setup` installs it; `THREADSCAN_CHROMIUM` names a binary). The report's rendering
/// and its injection corpus are tested in `ReportsTests/HTMLBrowser`.
@Suite(
    .enabled(if: SeedBrowser.seed != nil, "../shared/seeds is absent"),
    .enabled(
        if: SeedBrowser.chromium != nil || ProcessInfo.processInfo.environment["CI"] == "true",
        "no chromium binary found on PATH (install it with .ci/browser-setup, or set THREADSCAN_CHROMIUM); skipped because CI is not set"
    )
)
struct BrowserSeedReportTests {
    @Test func seed002OpensCleanlyInChromium() throws {
        let chromium = try #require(
            SeedBrowser.chromium, "CI=true but no chromium binary was found: run .ci/browser-setup")
        let seed = try #require(SeedBrowser.seed)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let page = scratch.appendingPathComponent("seed002.html")

        let scan = try CLIRunner.run(["scan", seed.path, "--format", "html", "-o", page.path])
        #expect(scan.status == 0, "scan failed: \(scan.stderr)")

        let (status, console, html) = try SeedBrowser.open(page, with: chromium, in: scratch)
        #expect(status == 0)
        #expect(console.isEmpty, "console messages: \(console)")
        #expect(html.contains("<title>threadscan moderation report</title>"))
        #expect(html.components(separatedBy: "<article class=\"post ").count - 1 == 4)
        #expect(html.contains("<h2 id=\"queue\">Moderation queue</h2>"))
    }
}

/// Where the seed and the browser are, if anywhere, and how a report is opened.
enum SeedBrowser {
    /// Opens `page` in headless `chromium` (profile and log in `scratch`) and returns its exit
    /// status, its console messages and the DOM it ended with.
    static func open(_ page: URL, with chromium: URL, in scratch: URL) throws -> (Int32, [Substring], String) {
        let profile = scratch.appendingPathComponent("profile")
        let log = scratch.appendingPathComponent("chromium.log")
        let dom = scratch.appendingPathComponent("dom.html")
        try Data().write(to: log)
        try Data().write(to: dom)
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
            "--enable-logging=stderr", "--v=0", "--dump-dom", "--virtual-time-budget=2000", page.absoluteString,
        ]
        process.standardOutput = try FileHandle(forWritingTo: dom)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let console = String(decoding: try Data(contentsOf: log), as: UTF8.self)
            .split(separator: "\n").filter { $0.contains(":CONSOLE") }
        return (process.terminationStatus, console, String(decoding: try Data(contentsOf: dom), as: UTF8.self))
    }

    static let seed: URL? = {
        let file = CLIRunner.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/002_af2b37a94269e24b.txt")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }()

    static let chromium: URL? = {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["THREADSCAN_CHROMIUM"], !named.isEmpty {
            return FileManager.default.isExecutableFile(atPath: named) ? URL(fileURLWithPath: named) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return URL(fileURLWithPath: "\(folder)/\(name)")
            }
        }
        return nil
    }()
}
