import Foundation
import Testing
import ThreadModel

/// Compares a parse with its golden file beside the fixture (`NAME.golden.json`).
///
/// Set `THREADSCAN_RECORD=1` to write the golden files anew after a deliberate change, then
/// review the diff before committing it.
enum GoldenFile {
    static func encoded(_ thread: DiscussionThread) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(thread), as: UTF8.self) + "\n"
    }

    static func check(_ thread: DiscussionThread, fixture: URL, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let golden = fixture.deletingPathExtension().appendingPathExtension("golden.json")
        let actual = try encoded(thread)
        if ProcessInfo.processInfo.environment["THREADSCAN_RECORD"] != nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        #expect(
            actual == expected,
            "\(fixture.lastPathComponent) differs from \(golden.lastPathComponent); if the change is intended, re-record with THREADSCAN_RECORD=1 swift test --filter PlatformGoldenTests",
            sourceLocation: sourceLocation
        )
    }
}
