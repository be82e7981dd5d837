import Foundation
import TestSupport
import Testing
import ThreadModel

@testable import PageParsing

/// Thousands of mutants of the package's own pages (fixtures, platform cases, examples), made
/// from one fixed seed — bytes flipped, inserted, deleted, repeated, markup and line breaks put in,
/// two pages spliced together — must parse without a crash, and the parse must stay lossless: a
/// copied-text mutant's every non-blank line in exactly one segment, an HTML mutant's every
/// visible text byte inside a segment that points into the file.
@Suite struct FixtureMutationTests {
    /// A saved page and the format it is read as.
    struct Page {
        var name: String
        var bytes: [UInt8]
        var format: PageFormat
    }

    /// The pages mutated: every fixture page, platform case and example below 64 KB, sorted by
    /// path so the mutants are the same on every machine.
    static let pages: [Page] = {
        let root = FixtureFiles.packageRoot
        let folders = [
            "Tests/PageParsingTests/Fixtures", "Tests/ThreadScanTests/Fixtures", "Lexicons/platforms", "Examples",
        ]
        var pages: [Page] = []
        for folder in folders {
            let enumerator = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                let format: PageFormat
                switch url.pathExtension {
                case "txt": format = .copiedText
                case "html", "htm": format = .html
                case "mhtml", "mht": format = .mhtml
                default: continue
                }
                guard let data = try? Data(contentsOf: url), data.count < 1 << 16 else { continue }
                pages.append(Page(name: "\(folder)/\(url.lastPathComponent)", bytes: [UInt8](data), format: format))
            }
        }
        return pages.sorted { $0.name < $1.name }
    }()

    /// Pieces a mutation inserts besides random bytes: markup, references, line breaks, a
    /// platform's words, a byte-order mark and invalid UTF-8.
    static let pieces: [[UInt8]] =
        [
            "<", ">", "</", "<div>", "</div>", "<blockquote>", "</blockquote>", "<p>", "<br>", "<table>", "<td>",
            "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&", "&amp;", "&#x", "&#12", "\n", "\r\n", "\r",
            "\n\n",
            "Quote", " said:\n", "Posted\n", "Reply\n", "#1\n", "Click to expand...\n", "\u{FEFF}", "\u{A0}",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x00], [0xF0, 0x9F, 0x98]]

    /// `bytes` changed 1 to 8 times, at positions `random` picks; `other` is the page a splice
    /// takes its tail from.
    static func mutate(_ bytes: [UInt8], splicing other: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let position = result.isEmpty ? 0 : Int.random(in: 0..<result.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0 where !result.isEmpty:
                result[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
            case 1:
                result.insert(UInt8.random(in: 0...255, using: &random), at: position)
            case 2:
                result.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: position)
            case 3 where !result.isEmpty:
                let end = min(result.count, position + Int.random(in: 1...300, using: &random))
                result.removeSubrange(position..<end)
            case 4 where !result.isEmpty:
                let end = min(result.count, position + Int.random(in: 1...200, using: &random))
                result.insert(contentsOf: result[position..<end], at: position)
            case 5 where !other.isEmpty:
                let from = Int.random(in: 0..<other.count, using: &random)
                result = Array(result[..<position]) + other[from...]
            default:
                let from = Int.random(in: 0...other.count, using: &random)
                let end = min(other.count, from + Int.random(in: 1...500, using: &random))
                result.insert(contentsOf: other[from..<end], at: position)
            }
        }
        return result
    }

    /// `count` mutants of the pages of `formats`, from `seed`: mutant `i` is page `i` (round
    /// robin) mutated, with a random page to splice from; `body` returns whether to go on.
    static func eachMutant(
        _ count: Int, of formats: Set<PageFormat>, seed: UInt64, _ body: (String, [UInt8], PageFormat) -> Bool
    ) {
        let chosen = pages.filter { formats.contains($0.format) }
        #expect(!chosen.isEmpty)
        guard !chosen.isEmpty else { return }
        var random = SplitMix64(seed: seed)
        for round in 0..<count {
            let page = chosen[round % chosen.count]
            let other = pages[Int.random(in: 0..<pages.count, using: &random)]
            let mutant = mutate(page.bytes, splicing: other.bytes, using: &random)
            guard body("\(page.name) mutant \(round) (+ \(other.name))", mutant, page.format) else { return }
        }
    }

    @Test func copiedTextMutantsParseLosslessly() {
        Self.eachMutant(1200, of: [.copiedText], seed: 0x6D75_7461_6E74) { name, mutant, _ in
            let thread = FixtureFiles.parser.parse(mutant, source: name, format: .copiedText)
            let problems = Lossless.problems(in: thread, text: TextDecoder.decode(mutant).text)
            #expect(problems == [], "\(name)")
            return problems.isEmpty
        }
    }

    @Test func htmlMutantsParseLosslessly() {
        Self.eachMutant(400, of: [.html], seed: 0x6874_6D6C) { name, mutant, _ in
            HTMLSourceSpanTests.expectLosslessSpans(mutant, name: name, inOrder: false)
            return true
        }
    }

    @Test func mhtmlAndDetectedMutantsParse() {
        Self.eachMutant(300, of: [.mhtml, .html, .copiedText], seed: 0x6D68_746D_6C) { name, mutant, format in
            let thread = FixtureFiles.parser.parse(mutant, source: name, format: format == .mhtml ? .mhtml : nil)
            let inside = thread.segments.allSatisfy { $0.span.byteStart <= $0.span.byteEnd }
            #expect(inside, "\(name)")
            return inside
        }
    }
}
