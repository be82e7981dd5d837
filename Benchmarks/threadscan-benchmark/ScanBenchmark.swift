import Foundation
import ThreadScan

/// Measures the stages after the parse on one long generated thread: the reply tree, the thread
/// report (signals, queue, summaries) from ready analyses, the whole pipeline, and the JSON report.
enum ScanBenchmark {
    /// One measured stage.
    struct Measurement {
        var name: String
        var posts: Int
        var seconds: Double

        var postsPerSecond: Double { Double(posts) / seconds }
    }

    /// Runs every stage `rounds` times and keeps the fastest round of each.
    static func run(rounds: Int = 3) throws -> [Measurement] {
        let page = Array(ParseBenchmark.copiedThread(posts: 20_000).utf8)
        let scanner = try ThreadScanner(lexicons: .defaults)
        let thread = scanner.parse(pages: [(page, "benchmark.txt")])
        let report = scanner.report(thread)
        let analyses = report.posts.map(\.analysis)
        let stages: [(String, () -> Void)] = [
            ("reply tree", { _ = scanner.treeBuilder.build(thread) }),
            (
                "signals and queue (analyses given)",
                {
                    _ = scanner.reportBuilder.report(thread: thread, tree: report.tree, analyses: analyses)
                }
            ),
            ("whole pipeline after the parse (all cores)", { _ = scanner.report(thread) }),
            ("JSON report (whole, as a String)", { _ = JSONReporter().report([report]) }),
            (
                "JSON report (streamed in 64 KiB pieces)",
                {
                    var bytes = 0
                    JSONReporter().stream(report, position: 0, threadCount: 1, options: ReportOptions()) {
                        bytes += $0.count
                    }
                    precondition(bytes > 0)
                }
            ),
        ]
        return stages.map { name, stage in
            var best = Double.infinity
            for _ in 0..<rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                stage()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return Measurement(name: name, posts: thread.posts.count, seconds: best)
        }
    }
}
