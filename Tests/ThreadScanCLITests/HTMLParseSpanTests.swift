import Foundation
import Testing

/// `threadscan parse` of a saved HTML page: every segment's bytes and lines are the file's.
@Suite struct HTMLParseSpanTests {
    @Test func segmentsPointIntoTheHTMLFile() throws {
        let path = "Tests/PageParsingTests/Fixtures/html/wordpress-nested.html"
        let result = try CLIRunner.run(["parse", path])
        #expect(result.status == 0)
        let bytes = Array(try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(path)))
        let segments = try #require(try CLIRunner.json(result)["segments"] as? [[String: Any]])
        #expect(!segments.isEmpty)
        for segment in segments {
            let start = try #require(segment["byteStart"] as? Int)
            let end = try #require(segment["byteEnd"] as? Int)
            let text = try #require(segment["text"] as? String)
            let html = String(decoding: bytes[start..<end], as: UTF8.self)
            let firstWord = String(text.prefix { !$0.isWhitespace && $0 != "\u{201C}" })
            #expect(html.hasPrefix(firstWord), "\(html) should start with \(firstWord)")
            let line = bytes[..<start].count { $0 == UInt8(ascii: "\n") } + 1
            #expect(segment["lineStart"] as? Int == line)
        }
    }
}
