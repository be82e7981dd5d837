import Lexicon
import Testing
import ThreadModel

@testable import PageParsing

@Suite struct HTMLDepthWarningTests {
    @Test func aPageNestedPastTheDepthLimitSaysSoAndKeepsItsText() throws {
        let depth = 2_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let thread = try PageParser(lexicons: .defaults).parse(Array(html.utf8), source: "deep.html")
        let warning = try #require(thread.warnings.first { $0.message == ScanLimits.Message.depthReached(limit: 512) })
        let offset = try #require(warning.byteOffset)
        #expect(Array(html.utf8)[offset..<offset + 5] == Array("<div>".utf8)[...])
        #expect(offset > 5 * (HTMLTreeBuilder.maximumDepth - 3))
        #expect(thread.posts.map(\.body).joined().contains("deep text"))
    }
}
