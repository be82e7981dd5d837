import Foundation
import TestSupport
import Testing
import ThreadModel

/// Compares a parse with its golden file beside the fixture (`NAME.golden.json`); see `GoldenText`.
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
        let mismatch = try GoldenText.mismatch(
            try encoded(thread), golden: golden, rerecord: "THREADSCAN_RECORD=1 swift test --filter PlatformGoldenTests"
        )
        #expect(mismatch == nil, "\(fixture.lastPathComponent): \(mismatch ?? "")", sourceLocation: sourceLocation)
    }
}
