import Foundation
import PageParsing
import ThreadScan

/// The child side of the pipeline benchmark: measures the stages of one page, in a process of
/// its own so that the peak memory is that page's.
///
/// `threadscan-benchmark measure-page FILE --shape S --size Z --stages a,b --rounds N` prints one
/// ``PageMeasurement`` as JSON. The full scan runs first, so the peak memory read after it is
/// that of a scan alone (as `threadscan scan -f json` holds it), before the other stages keep
/// their parts.
enum PageMeasurer {
    /// The stages, in pipeline order.
    static let stageNames = ["decode", "dom", "adapter", "tree", "analysis", "signals", "report", "full"]

    /// Runs the child with `arguments` (those after `measure-page`); prints the measurement.
    static func main(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchmarkUsageError.missing("the page file") }
        var shape = "page"
        var size = "-"
        var stages = Set(stageNames)
        var rounds = 3
        var index = 1
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--shape": shape = value
            case "--size": size = value
            case "--stages": stages = Set(value.split(separator: ",").map(String.init))
            case "--rounds": rounds = max(1, Int(value) ?? rounds)
            default: throw BenchmarkUsageError.unknown(arguments[index])
            }
            index += 2
        }
        let measurement = try measure(path: path, shape: shape, size: size, stages: stages, rounds: rounds)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(measurement) + Data("\n".utf8))
    }

    /// Measures the `stages` of the page at `path`, the fastest of `rounds` rounds each.
    static func measure(path: String, shape: String, size: String, stages: Set<String>, rounds: Int) throws
        -> PageMeasurement
    {
        let scanner = try ThreadScanner(lexicons: .defaults)
        let startKilobytes = BenchmarkClock.peakResidentKilobytes()
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped))
        var measured: [String: BenchmarkClock.Elapsed] = [:]
        var reportBytes = 0
        var platform = ""
        var posts = 0
        if stages.contains("full") {
            measured["full"] = BenchmarkClock.best(rounds: rounds) {
                let thread = scanner.parseForReport(pages: [(bytes, path)])
                platform = thread.platform
                posts = thread.posts.count
                reportBytes = json(scanner.report(thread))
            }
        }
        let peakKilobytes = BenchmarkClock.peakResidentKilobytes()
        let format = PageFormat.detect(bytes)
        if stages.contains("decode") || stages.contains("dom") || stages.contains("adapter") {
            var html: [UInt8] = []
            if format == .copiedText {
                measured["decode"] = BenchmarkClock.best(rounds: rounds) { _ = TextDecoder.decode(bytes) }
            } else {
                measured["decode"] = BenchmarkClock.best(rounds: rounds) {
                    html = Array(TextDecoder.decodeHTML(bytes).text.utf8)
                }
                measured["dom"] = BenchmarkClock.best(rounds: rounds) { _ = HTMLDocument.parse(html) }
            }
        }
        var tokens = 0
        if !stages.isDisjoint(with: ["adapter", "tree", "analysis", "signals", "report"]) {
            let thread = try measureThreadStages(
                of: bytes, path: path, scanner: scanner, stages: stages, rounds: rounds, into: &measured,
                reportBytes: &reportBytes)
            (platform, posts, tokens) = (thread.platform, thread.posts, thread.tokens)
        }
        return PageMeasurement(
            shape: shape, size: size, bytes: bytes.count, posts: posts, tokens: tokens, platform: platform,
            reportBytes: reportBytes,
            stages: stageNames.filter(stages.contains).compactMap { name in
                measured[name].map { PageMeasurement.Stage(name: name, seconds: $0) }
            },
            peakKilobytes: peakKilobytes, startKilobytes: startKilobytes)
    }

    /// Measures the stages of a parsed thread (adapter, tree, analysis, signals, report) into
    /// `measured`, on a parse that keeps its segments, after the full scan's peak was read; returns
    /// the thread's platform, its number of posts and, when the analysis is measured, their tokens.
    private static func measureThreadStages(
        of bytes: [UInt8], path: String, scanner: ThreadScanner, stages: Set<String>, rounds: Int,
        into measured: inout [String: BenchmarkClock.Elapsed], reportBytes: inout Int
    ) throws -> (platform: String, posts: Int, tokens: Int) {
        var thread = scanner.parse(pages: [(bytes, path)])
        if stages.contains("adapter") {
            let parse = BenchmarkClock.best(rounds: rounds) { thread = scanner.parse(pages: [(bytes, path)]) }
            measured["adapter"] = remainder(of: parse, less: [measured["decode"], measured["dom"]])
        }
        if !stages.isDisjoint(with: ["tree", "analysis", "signals", "report"]) {
            let tree = BenchmarkClock.best(rounds: rounds) { _ = scanner.treeBuilder.build(thread) }
            var report = scanner.report(thread)
            let whole = BenchmarkClock.best(rounds: rounds) { report = scanner.report(thread) }
            let analyses = report.posts.map(\.analysis)
            let signals = BenchmarkClock.best(rounds: rounds) {
                _ = scanner.reportBuilder.report(thread: thread, tree: report.tree, analyses: analyses)
            }
            measured["tree"] = tree
            measured["signals"] = signals
            measured["analysis"] = remainder(of: whole, less: [tree, signals])
            measured["report"] = BenchmarkClock.best(rounds: rounds) { reportBytes = json(report) }
        }
        var tokens = 0
        if stages.contains("analysis") {
            // Counted after the measurements, so that this analyzer is in no peak memory read.
            let analyzer = try Analyzer(lexicons: .defaults)
            tokens = thread.keepingPosts(scanner.limits.maximumPosts).posts.reduce(0) {
                $0 + analyzer.tokenCount(of: $1.body)
            }
        }
        return (thread.platform, thread.posts.count, tokens)
    }

    /// Writes `report` as `threadscan scan -f json` does, in pieces; returns the bytes written.
    private static func json(_ report: ThreadReport) -> Int {
        var count = 0
        JSONReporter().stream(report, position: 0, threadCount: 1, options: ReportOptions()) { count += $0.count }
        return count
    }

    /// What is left of `whole` once the `parts` measured inside it are taken away (never below 0).
    private static func remainder(of whole: BenchmarkClock.Elapsed, less parts: [BenchmarkClock.Elapsed?])
        -> BenchmarkClock.Elapsed
    {
        let taken = parts.compactMap { $0 }
        return BenchmarkClock.Elapsed(
            cpu: max(0, whole.cpu - taken.reduce(0) { $0 + $1.cpu }),
            wall: max(0, whole.wall - taken.reduce(0) { $0 + $1.wall }))
    }
}
