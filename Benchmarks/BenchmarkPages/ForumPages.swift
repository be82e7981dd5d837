/// Generated saved forum pages in the markup shapes of four platforms, for the HTML benchmark.
///
/// Each page is built from a seeded generator, so the same name and size give the same bytes on
/// every run and every machine: `threadscan-benchmark html --write-pages DIR` writes them, and
/// `Benchmarks/compare-lexbor.py` times lexbor on exactly those bytes.
///
/// The shapes follow what "Save Page As" keeps of each platform: a `<head>` with `<meta>`,
/// `<link>`, an inline `<style>` and inline `<script>` blocks (JSON configuration, analytics),
/// inline SVG icons, entities in text and in `href` queries, CRLF or LF line ends, and UTF-8
/// text beyond ASCII.
package enum ForumPages {
    /// One platform's markup.
    package enum Shape: String, CaseIterable {
        /// `article.message` blocks with many classes and `data-*` attributes, quotes, reactions.
        case xenforo
        /// `div.post` blocks inside layout tables, `dl.postprofile`, signatures.
        case phpbb
        /// Old Reddit: `div.thing.comment` nested in `div.child > div.sitetable`, many levels deep.
        case reddit
        /// Hacker News: one big table, a `tr.athing.comtr` per comment, `<p>` without end tags.
        case hackernews
    }

    /// The sizes measured: about 100 KB, 1 MB and 6 MB.
    package static let sizes: [(label: String, bytes: Int)] = [("100k", 100_000), ("1m", 1_000_000), ("6m", 6_000_000)]

    /// Every page: each shape at each size, named `shape-size.html`.
    package static func all() -> [(name: String, bytes: [UInt8])] {
        sizes.flatMap { size in
            Shape.allCases.map { shape in
                ("\(shape.rawValue)-\(size.label).html", page(shape, size: size.bytes))
            }
        }
    }

    /// A page of `shape` of at least `size` bytes (posts are added until it is that long).
    package static func page(_ shape: Shape, size: Int) -> [UInt8] {
        var writer = PageWriter(
            seed: UInt64(size) &* 31 &+ UInt64(shape.rawValue.utf8.count), size: .bytes(size - 2_000))
        switch shape {
        case .xenforo: writer.xenforo()
        case .phpbb: writer.phpbb()
        case .reddit: writer.reddit()
        case .hackernews: writer.hackernews()
        }
        return writer.bytes
    }
}
