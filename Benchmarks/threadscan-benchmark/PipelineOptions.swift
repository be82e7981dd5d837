import BenchmarkPages

/// The options of `threadscan-benchmark pipeline`.
struct PipelineOptions {
    /// The output formats.
    enum Format: String, CaseIterable {
        case text, tsv, json
    }

    /// The page shapes measured.
    var shapes: [PageShape] = PageShape.allCases
    /// The stages measured (all by default).
    var stages: [String] = PageMeasurer.stageNames
    /// The sizes each shape is measured at.
    var sizes: [PageSize] = Self.defaultSizes
    /// The base size of the growth series (1×, 2×, 4×, 8×, 16×), or `nil` for none.
    var growthBase: PageSize? = .bytes(1_000_000)
    /// Rounds per stage; `nil`: 3 below 8 MB, 1 from there.
    var rounds: Int?
    /// The output format.
    var format: Format = .text
    /// Where the generated pages are kept, or `nil` to delete each once measured.
    var keepPages: String?

    /// Sizes of the default run: 10 KB to 10 MB, and 10 to 10,000 posts.
    static let defaultSizes: [PageSize] = [
        .bytes(10_000), .bytes(100_000), .bytes(1_000_000), .bytes(10_000_000),
        .posts(10), .posts(10_000),
    ]
    /// Sizes of `--quick`.
    static let quickSizes: [PageSize] = [.bytes(10_000), .bytes(100_000), .bytes(1_000_000), .posts(10)]
    /// The factors of the growth series.
    static let growthFactors = [1, 2, 4, 8, 16]
    /// The ratio of time per MB to the 1× page above which the growth is flagged.
    static let growthLimit = 1.3

    /// The help text of `threadscan-benchmark` (`--help`).
    static let help = """
        OVERVIEW: Measures threadscan on generated pages (release build; CPU time, not only wall time).

        USAGE: threadscan-benchmark pipeline [--quick] [--platform NAME ...] [--stage NAME ...] [--sizes LIST]
                                             [--growth SIZE|none] [--rounds N] [--format text|tsv|json]
                                             [--keep-pages DIR]
               threadscan-benchmark write-pages DIR [--platform NAME ...] [--html-only] [--text-only] [--sizes LIST]
               threadscan-benchmark html [--write-pages DIR] [--pages DIR] [--rounds N]
               threadscan-benchmark scan | tokenizer
               threadscan-benchmark            (the older fixed measurements: parse, tokens, score, scan)

        pipeline: every page shape at every size, each measured in a child process of its own: each
        stage's MB and posts per CPU-second, the full scan (parse, report, JSON bytes, as
        `threadscan scan -f json`), the peak resident memory of the scan; then the growth series,
        CPU seconds per MB of the full scan at 1x, 2x, 4x, 8x and 16x the base size, as a ratio to 1x
        (flagged above 1.3).

        write-pages: writes the pages pipeline would measure into DIR and nothing else (for
        Benchmarks/compare-peers.py); default sizes 100k,1m.

        OPTIONS (pipeline):
          --quick              sizes 10k,100k,1m,10p, growth from 100k, one round
          --platform NAME      one page shape (repeatable): \(PageShape.allCases.map(\.rawValue).joined(separator: ", "))
          --html-only          the saved-HTML shapes (with --platform: added to those named)
          --text-only          the copied-text shapes
          --stage NAME         one stage (repeatable): \(PageMeasurer.stageNames.joined(separator: ", "))
          --sizes LIST         comma-separated: 10k, 1m, 50m (decimal KB/MB; a page is at least that long)
                               or 100p (that many posts: 100000p is about 60 MB of copied text but
                               hundreds of MB of HTML); default 10k,100k,1m,10m,10p,10000p
          --growth SIZE|none   the base of the growth series (default 1m); none skips it
          --rounds N           rounds per stage, the fastest kept (default 3, 1 from 8 MB)
          --format FORMAT      text (default), tsv (one row per stage) or json (threadscan.benchmark/1)
          --keep-pages DIR     keep the generated pages in DIR (for Benchmarks/compare-peers.py)
          -h, --help           this text

        Stages: decode (bytes to UTF-8), dom (HTML tokenizer and tree), adapter (the rest of the
        parse: visible text, platform detection, extraction; the parse less decode and dom), tree
        (reply tree), analysis (participants and every post's scores, on every core: the report less
        tree and signals), signals (signals, queue, summaries), report (the JSON report streamed as
        bytes), full (all of it from the file's bytes, as the CLI runs it).
        """

    /// Reads the options after `pipeline`.
    init(_ arguments: [String]) throws {
        var shapes: [PageShape] = []
        var stages: [String] = []
        var sizes: [PageSize]?
        var growth: PageSize?? = nil
        var quick = false
        var index = 0
        func value() throws -> String {
            guard index + 1 < arguments.count else {
                throw BenchmarkUsageError.missing("a value for \(arguments[index])")
            }
            index += 1
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--quick": quick = true
            case "--html-only": shapes += PageShape.allCases.filter { !$0.isCopiedText }
            case "--text-only": shapes += PageShape.allCases.filter(\.isCopiedText)
            case "--platform":
                let name = try value()
                guard let shape = PageShape(rawValue: name) else {
                    throw BenchmarkUsageError.invalid(
                        option: argument, value: name,
                        expected: "one of " + PageShape.allCases.map(\.rawValue).joined(separator: ", "))
                }
                shapes.append(shape)
            case "--stage":
                let name = try value()
                guard PageMeasurer.stageNames.contains(name) else {
                    throw BenchmarkUsageError.invalid(
                        option: argument, value: name,
                        expected: "one of " + PageMeasurer.stageNames.joined(separator: ", "))
                }
                stages.append(name)
            case "--sizes":
                let list = try value()
                sizes = try list.split(separator: ",").map { item in
                    guard let size = PageSize(String(item)) else {
                        throw BenchmarkUsageError.invalid(
                            option: argument, value: list, expected: "sizes such as 10k,1m,50m,100p")
                    }
                    return size
                }
            case "--growth":
                let text = try value()
                if text == "none" {
                    growth = .some(nil)
                } else if let size = PageSize(text) {
                    growth = size
                } else {
                    throw BenchmarkUsageError.invalid(
                        option: argument, value: text, expected: "a size such as 1m, or none")
                }
            case "--rounds":
                let text = try value()
                guard let count = Int(text), count > 0 else {
                    throw BenchmarkUsageError.invalid(option: argument, value: text, expected: "a positive number")
                }
                rounds = count
            case "--format":
                let text = try value()
                guard let chosen = Format(rawValue: text) else {
                    throw BenchmarkUsageError.invalid(option: argument, value: text, expected: "text, tsv or json")
                }
                format = chosen
            case "--keep-pages": keepPages = try value()
            default: throw BenchmarkUsageError.unknown(argument)
            }
            index += 1
        }
        if quick {
            self.sizes = Self.quickSizes
            growthBase = .bytes(100_000)
            rounds = rounds ?? 1
        }
        if !shapes.isEmpty { self.shapes = shapes }
        if !stages.isEmpty { self.stages = stages }
        if let sizes { self.sizes = sizes }
        if let growth { growthBase = growth }
    }
}
