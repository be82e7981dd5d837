import Foundation
import TestSupport
import Testing

@testable import ThreadScan

/// Every platform's example pages parsed and drawn as the `├─` outline of `threadscan parse
/// --format text`, compared with a golden file: the adapter's expected posts say what a case
/// must find, the golden shows everything else it found (authors, times, quotes, boilerplate).
@Suite struct PlatformOutlineGoldenTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/platform-outlines")
    static let rerecord = "THREADSCAN_RECORD=1 swift test --filter PlatformOutlineGoldenTests"

    /// `platform/page.html` for every case page, in name order.
    static var pages: [String] {
        let platforms = packageRoot.appendingPathComponent("Lexicons/platforms")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: platforms.path)) ?? []
        return names.sorted().flatMap { platform in
            let cases = platforms.appendingPathComponent("\(platform)/cases")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? []
            return files.filter { $0.hasSuffix(".html") }.sorted().map { "\(platform)/\($0)" }
        }
    }

    @Test func thereIsAPageForEveryAdapter() {
        #expect(Self.pages.count >= 25)
    }

    @Test(arguments: pages)
    func outlineMatchesItsGolden(page: String) throws {
        let path = "Lexicons/platforms/" + page.replacingOccurrences(of: "/", with: "/cases/")
        let bytes = [UInt8](try Data(contentsOf: Self.packageRoot.appendingPathComponent(path)))
        let thread = try PageParser(lexicons: .defaults).parse(bytes, source: path)
        let golden = Self.goldens.appendingPathComponent(
            page.replacingOccurrences(of: "/", with: "--").replacingOccurrences(of: ".html", with: ".outline"))
        try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
        let mismatch = try GoldenText.mismatch(
            ThreadOutline.render(thread), golden: golden, rerecord: Self.rerecord)
        #expect(mismatch == nil)
    }
}
