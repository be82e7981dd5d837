import BenchmarkPages
import Foundation
import PageParsing

/// Measures the whole HTML engine, tokenizer and tree builder (`HTMLDocument.parse`), on the
/// generated forum pages of ``ForumPages`` or on the pages of a folder.
///
/// `threadscan-benchmark html [--write-pages DIR] [--pages DIR] [--rounds N]`:
/// - `--write-pages DIR` writes the generated pages to `DIR` (and measures them);
/// - `--pages DIR` measures the `.html` files of `DIR` instead, in name order, so that
///   `Benchmarks/compare-lexbor.py` times lexbor and this engine on the very same bytes;
/// - `--rounds N` keeps the fastest of N rounds (default 7).
///
/// Times are this thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), the fastest round of each page:
/// the machine is shared, so wall-clock time would measure the neighbours. Freeing the document
/// is not timed (nor is it for lexbor in the comparison script).
enum HTMLBenchmark {
    /// One measured page.
    struct Measurement {
        var name: String
        var bytes: Int
        var nodes: Int
        /// The fastest tokenize-only round.
        var tokenizeSeconds: Double
        /// The fastest tokenize-and-build-the-tree round.
        var parseSeconds: Double

        var tokenizeMegabytesPerSecond: Double { Double(bytes) / 1_000_000 / tokenizeSeconds }
        var parseMegabytesPerSecond: Double { Double(bytes) / 1_000_000 / parseSeconds }
    }

    /// Runs the part with `arguments` (those after `html`); prints one line per page.
    static func main(_ arguments: [String]) throws {
        var rounds = 7
        var pagesDirectory: String?
        var writeDirectory: String?
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--rounds": rounds = max(1, Int(value) ?? rounds)
            case "--pages": pagesDirectory = value
            case "--write-pages": writeDirectory = value
            default: throw BenchmarkError.usage("unknown argument \(arguments[index])")
            }
            index += 2
        }
        let pages: [(name: String, bytes: [UInt8])]
        if let pagesDirectory {
            let names = try FileManager.default.contentsOfDirectory(atPath: pagesDirectory)
                .filter { $0.hasSuffix(".html") }.sorted()
            pages = try names.map { name in
                (name, Array(try Data(contentsOf: URL(fileURLWithPath: pagesDirectory + "/" + name))))
            }
        } else {
            pages = ForumPages.all()
        }
        if let writeDirectory {
            try FileManager.default.createDirectory(atPath: writeDirectory, withIntermediateDirectories: true)
            for page in pages {
                try Data(page.bytes).write(to: URL(fileURLWithPath: writeDirectory + "/" + page.name))
            }
        }
        for page in pages {
            let measurement = measure(page.name, page.bytes, rounds: rounds)
            print(
                "html   " + measurement.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                    + String(
                        format: "%8.3f MB  %8d nodes  tokenize %7.1f MB/s  tokenize+tree %7.1f MB/s",
                        Double(measurement.bytes) / 1e6, measurement.nodes,
                        measurement.tokenizeMegabytesPerSecond, measurement.parseMegabytesPerSecond))
        }
    }

    /// Measures one page: the fastest of `rounds` rounds of the tokenizer alone and of the parse.
    static func measure(_ name: String, _ bytes: [UInt8], rounds: Int) -> Measurement {
        var tokenizeBest = Double.infinity
        var parseBest = Double.infinity
        var nodes = 0
        for _ in 0..<rounds {
            let start = TokenizerBenchmark.threadTime()
            _ = TokenizerBenchmark.tokenize(bytes)
            tokenizeBest = min(tokenizeBest, TokenizerBenchmark.threadTime() - start)
        }
        for _ in 0..<rounds {
            let start = TokenizerBenchmark.threadTime()
            let document = HTMLDocument.parse(bytes)
            parseBest = min(parseBest, TokenizerBenchmark.threadTime() - start)
            nodes = document.nodes.count
        }
        return Measurement(
            name: name, bytes: bytes.count, nodes: nodes, tokenizeSeconds: tokenizeBest, parseSeconds: parseBest)
    }

    /// A command line the part cannot run.
    enum BenchmarkError: Error, CustomStringConvertible {
        case usage(String)

        var description: String {
            switch self {
            case .usage(let message):
                return "\(message)\nusage: threadscan-benchmark html [--write-pages DIR] [--pages DIR] [--rounds N]"
            }
        }
    }
}
