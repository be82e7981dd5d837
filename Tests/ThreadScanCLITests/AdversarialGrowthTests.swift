import Foundation
import TestSupport
import Testing

/// The adversarial inputs of a hostile page, lexicon or selector at two sizes, four times apart:
/// the CPU time may grow about four times, never sixteen. CPU time of the process alone, the
/// best of two runs, start-up subtracted (``CPUTimedRun``); no wall-clock limit.
@Suite(.serialized) struct AdversarialGrowthTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// `count` nested copies of `open`, a word, then as many `close`.
    static func nested(_ count: Int, _ open: String, _ close: String) -> [UInt8] {
        bytes(String(repeating: open, count: count) + "x" + String(repeating: close, count: count))
    }

    /// A XenForo-shaped copied post with `count` quote headers nested in one another.
    static func nestedCopiedQuotes(_ count: Int) -> [UInt8] {
        bytes(
            "A thread\n\nalice\n#1\n" + String(repeating: "bob said:\n", count: count) + "hello\n"
                + String(repeating: "Click to expand...\n", count: count))
    }

    /// `count` XenForo-shaped copied posts that all quote the same line.
    static func repeatedQuote(_ count: Int) -> [UInt8] {
        var text = "A thread\n\n"
        for index in 0..<count {
            text +=
                "alice\n#\(index + 1)\n\nbob said:\nthe same quoted line again\nClick to expand...\n\nreply \(index)\n\n"
        }
        return bytes(text)
    }

    @Test func aMillionLessThanSigns() throws {
        let ratio = try CPUTimedRun.growth(
            small: [UInt8](repeating: UInt8(ascii: "<"), count: 250_000),
            large: [UInt8](repeating: UInt8(ascii: "<"), count: 1_000_000), fileExtension: "html")
        #expect(ratio < LinearGrowthTests.limit, "4× the bytes cost \(ratio)×")
    }

    @Test func aHundredThousandNestedElements() throws {
        let ratio = try CPUTimedRun.growth(
            small: Self.nested(25_000, "<div>", "</div>"), large: Self.nested(100_000, "<div>", "</div>"),
            fileExtension: "html")
        #expect(ratio < LinearGrowthTests.limit, "4× the elements cost \(ratio)×")
    }

    @Test func aHundredThousandNestedQuotesInHTML() throws {
        let ratio = try CPUTimedRun.growth(
            small: Self.nested(25_000, "<blockquote>", "</blockquote>"),
            large: Self.nested(100_000, "<blockquote>", "</blockquote>"), fileExtension: "html")
        #expect(ratio < LinearGrowthTests.limit, "4× the quotes cost \(ratio)×")
    }

    @Test func aHundredThousandNestedQuotesInCopiedText() throws {
        let ratio = try CPUTimedRun.growth(
            small: Self.nestedCopiedQuotes(25_000), large: Self.nestedCopiedQuotes(100_000), fileExtension: "txt")
        #expect(ratio < LinearGrowthTests.limit, "4× the quotes cost \(ratio)×")
    }

    @Test func oneQuoteRepeatedTenThousandTimes() throws {
        let ratio = try CPUTimedRun.growth(
            small: Self.repeatedQuote(2_500), large: Self.repeatedQuote(10_000), fileExtension: "txt")
        #expect(ratio < LinearGrowthTests.limit, "4× the quotes cost \(ratio)×")
    }

    @Test func aLexiconOfAHundredThousandEntries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-lexicon-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        func entries(_ count: Int) -> String {
            var seen = Set<String>()
            var text = "term\tweight\tcategory\n"
            while seen.count < count {
                let words = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    String(
                        decoding: (0..<Int.random(in: 3...9, using: &random)).map { _ in
                            letters.randomElement(using: &random)!
                        }, as: UTF8.self)
                }
                let term = words.joined(separator: " ")
                if seen.insert(term).inserted { text += "\(term)\t0.5\tinsult\n" }
            }
            return text
        }
        func seconds(_ count: Int) throws -> Double {
            let lexicon = folder.appendingPathComponent("\(count)")
            try FileManager.default.createDirectory(at: lexicon, withIntermediateDirectories: true)
            try Data(entries(count).utf8).write(to: lexicon.appendingPathComponent("incivility.tsv"))
            let arguments = ["explain", "you absolute idiot", "--lexicons", "+" + lexicon.path]
            return try (0..<2).map { _ in try CPUTimedRun.seconds(arguments) }.min()!
        }
        let base = try (0..<2).map { _ in try CPUTimedRun.seconds(["explain", "you absolute idiot"]) }.min()!
        let small = max(try seconds(25_000) - base, 0.01)
        let large = max(try seconds(100_000) - base, 0.01)
        #expect(large / small < LinearGrowthTests.limit, "4× the entries cost \(large / small)×")
    }

    @Test func aSelectorOfTenThousandParts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-selector-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("deep.html")
        try Data(Self.nested(500, "<div class=a>", "</div>")).write(to: page)
        func seconds(_ parts: Int) throws -> Double {
            // Descendant combinators over a deep page, the backtracking matcher's worst case,
            // and a list of as many alternatives.
            let chain = "p " + Array(repeating: "div.a", count: parts).joined(separator: " ")
            let list = (0..<parts).map { "div.c\($0)" }.joined(separator: ", ")
            return try [chain, list].map { selector in
                try (0..<2).map { _ in
                    try CPUTimedRun.seconds(["dom", page.path, "--select", selector, "--format", "count"])
                }.min()!
            }.reduce(0, +)
        }
        let base = try (0..<2).map { _ in try CPUTimedRun.seconds(["dom", page.path, "--format", "count"]) }.min()!
        let small = max(try seconds(2_500) - 2 * base, 0.01)
        let large = max(try seconds(10_000) - 2 * base, 0.01)
        #expect(large / small < LinearGrowthTests.limit, "4× the parts cost \(large / small)×")
    }
}
