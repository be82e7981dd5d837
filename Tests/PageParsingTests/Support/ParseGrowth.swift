import TestSupport
import ThreadModel

/// Two pages of one shape read by ``FixtureFiles/parser``, with the thread CPU time each took, for
/// the growth tests that compare them.
struct ParseGrowth {
    var small: DiscussionThread?
    var large: DiscussionThread?
    /// The large page's time over the small page's.
    var ratio: Double
    /// The two times, for a failure's message.
    var times: String

    /// Parses `small` (the fastest of two runs) and `large` (one run).
    init(small smallPage: [UInt8], large largePage: [UInt8]) {
        var small: DiscussionThread?
        var large: DiscussionThread?
        let smallTime = ThreadCPUTime.fastest(runs: 2) {
            small = FixtureFiles.parser.parse(smallPage, source: "s.html")
        }
        let largeTime = ThreadCPUTime.fastest(runs: 1) {
            large = FixtureFiles.parser.parse(largePage, source: "l.html")
        }
        self.small = small
        self.large = large
        ratio = largeTime / smallTime
        times = "small \(smallTime) s, large \(largeTime) s"
    }
}
