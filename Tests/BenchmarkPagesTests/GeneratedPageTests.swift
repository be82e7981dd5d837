import BenchmarkPages
import Lexicon
import PageParsing
import Testing

/// The benchmark's generated pages, at their smallest: each is read as the platform it was
/// written for, with every post it was given, so that the benchmark measures pages of the shapes
/// it names (and breaks here, not silently, when an adapter or a generator changes).
@Suite struct GeneratedPageTests {
    static let parser = Result { try PageParser(lexicons: .defaults) }

    @Test(arguments: PageShape.allCases)
    func smallPageIsReadAsItsPlatformWithEveryPost(shape: PageShape) throws {
        let parser = try Self.parser.get()
        for size in [PageSize.posts(1), .posts(12), .bytes(10_000)] {
            let page = shape.page(size)
            let thread = parser.parse(page.bytes, source: page.name)
            #expect(thread.platform == shape.platform, "\(page.name)")
            #expect(
                thread.adapter?.method == (shape.isCopiedText ? "text:" : "html:") + shape.platform, "\(page.name)")
            #expect(thread.posts.count == page.posts, "\(page.name)")
            #expect(thread.posts.allSatisfy { $0.author != nil && !$0.body.isEmpty }, "\(page.name)")
        }
    }

    @Test(arguments: PageShape.allCases)
    func pagesAreTheSameBytesEveryTimeAndGrowWithTheirSize(shape: PageShape) {
        let small = shape.page(.bytes(20_000))
        #expect(small.bytes == shape.page(.bytes(20_000)).bytes)
        #expect(small.bytes.count >= 20_000)
        let large = shape.page(.bytes(80_000))
        #expect(large.bytes.count >= 80_000 && large.posts > small.posts)
        #expect(shape.page(.posts(30)).posts == 30)
    }

    @Test(arguments: [
        ("10k", PageSize.bytes(10_000)), ("1m", .bytes(1_000_000)), ("50m", .bytes(50_000_000)),
        ("12345", .bytes(12_345)), ("100p", .posts(100)), ("100000P", .posts(100_000)),
    ])
    func sizesReadAndPrintTheSame(text: String, size: PageSize) {
        #expect(PageSize(text) == size)
        #expect(PageSize(size.description) == size)
    }

    @Test(arguments: ["", "k", "0", "-3m", "ten", "1.5m"])
    func malformedSizesAreRefused(text: String) {
        #expect(PageSize(text) == nil)
    }
}
