import Foundation
import TestSupport
import Testing

@testable import PageParsing

/// Markup forums produce, parsed and dumped in the html5lib format, compared with the golden dump
/// beside each page (`Fixtures/html-trees/NAME.html` → `NAME.html5lib`); see `GoldenText`.
@Suite struct HTMLTreeGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/html-trees")

    static let pages: [String] = [
        "signature-unclosed", "table-layout-stray-text", "misnested-formatting", "font-quote", "noscript-crawler",
        "svg-emoji",
    ]

    @Test(arguments: pages) func treeMatchesItsGolden(_ name: String) throws {
        let page = Self.folder.appendingPathComponent("\(name).html")
        let document = HTMLTreeBuilder.parse(Array(try Data(contentsOf: page)))
        let mismatch = try GoldenText.mismatch(
            document.html5libDump(), golden: Self.folder.appendingPathComponent("\(name).html5lib"),
            rerecord: "THREADSCAN_RECORD=1 swift test --filter HTMLTreeGoldenTests")
        #expect(mismatch == nil, "\(name).html: \(mismatch ?? "")")
    }
}
