import Foundation
import PageParsing
import TestSupport
import Testing
import ThreadModel

@Suite struct LosslessSegmentationTests {
    static let pages = FixtureFiles.allPages

    @Test(arguments: pages)
    func everyNonBlankLineIsInExactlyOneSegment(_ url: URL) throws {
        let thread = try FixtureFiles.parse(url)
        let text = TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
        #expect(Lossless.problems(in: thread, text: text) == [])
    }

    @Test func theSeedsAreLosslessToo() throws {
        for prefix in ["000", "001", "002", "003", "004"] {
            guard let url = FixtureFiles.seed(prefix) else { return }
            let thread = try FixtureFiles.parse(url)
            let text = TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
            #expect(Lossless.problems(in: thread, text: text) == [], "seed \(prefix)")
        }
    }

    @Test func postSegmentsPointAtExistingPosts() throws {
        for url in Self.pages {
            let thread = try FixtureFiles.parse(url)
            for segment in thread.segments {
                if let post = segment.post {
                    #expect(post >= 0 && post < thread.posts.count, "\(url.lastPathComponent)")
                }
            }
            #expect(thread.posts.map(\.index) == Array(thread.posts.indices))
        }
    }
}
