import Testing

@testable import Analysis

@Suite struct BoundedCacheTests {
    @Test func aValueIsMadeOncePerKeyUntilTheCacheIsFull() {
        let cache = BoundedCache<Int, Int>()
        var made = 0
        func value(_ key: Int) -> Int { cache.value(key) { made += 1; return $0 * 2 } }
        #expect(value(3) == 6)
        #expect(value(3) == 6)
        #expect(made == 1)
        for key in 0..<BoundedCache<Int, Int>.capacity { _ = value(key + 10) }
        #expect(made == 1 + BoundedCache<Int, Int>.capacity)
        #expect(value(3) == 6)
        #expect(made == 2 + BoundedCache<Int, Int>.capacity, "a full cache starts again, so 3 is made anew")
    }

    @Test func aTargetResolvesToTheSameTopicFromTheCache() throws {
        let analyzer = try Analyzer(lexicons: .defaults)
        let first = analyzer.topic(for: "Hillary Clinton")
        #expect(first != nil)
        #expect(analyzer.topic(for: "Hillary Clinton") == first)
        #expect(analyzer.topic(for: "a name no topic has") == nil)
    }
}
