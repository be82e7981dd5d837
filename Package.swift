// swift-tools-version:6.0
import PackageDescription

/// The libFuzzer targets in `Fuzz/`, one per entry point that reads outside data, built only when
/// `THREADSCAN_FUZZ=1` (by `Scripts/fuzz.sh`): they need `--sanitize fuzzer` and no `main`.
let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("html-tokenizer", ["PageParsing"]),
    ("html-tree", ["PageParsing"]),
    ("selectors", ["PageParsing"]),
    ("mhtml", ["PageParsing"]),
    ("encodings", ["PageParsing"]),
    ("copied-text", ["PageParsing", "TestSupport"]),
    ("adapters", ["PageParsing"]),
    ("lexicon-files", ["Analysis", "Lexicon"]),
    ("adapter-files", ["PageParsing", "Lexicon"]),
    ("json", ["Serve"]),
    ("score-tsv", ["Lexicon"]),
]
let fuzzing = Context.environment["THREADSCAN_FUZZ"] == "1"

let package = Package(
    name: "threadscan",
    products: [
        .library(
            name: "ThreadScan",
            targets: ["ThreadScan", "ThreadModel", "Lexicon", "PageParsing", "Analysis", "Reports", "Serve"]
        ),
        .executable(name: "threadscan", targets: ["threadscan"]),
    ],
    targets: [
        .target(name: "ThreadModel"),
        .target(name: "Lexicon"),
        .target(name: "PageParsing", dependencies: ["ThreadModel", "Lexicon"]),
        .target(name: "Analysis", dependencies: ["ThreadModel", "Lexicon"]),
        .target(name: "Reports", dependencies: ["ThreadModel", "Analysis"]),
        .target(name: "Serve", dependencies: ["ThreadModel", "Lexicon", "PageParsing", "Analysis", "Reports"]),
        .target(
            name: "ThreadScan",
            dependencies: ["ThreadModel", "Lexicon", "PageParsing", "Analysis", "Reports", "Serve"]
        ),
        .executableTarget(name: "threadscan", dependencies: ["ThreadScan"]),
        .executableTarget(
            name: "threadscan-library-example", dependencies: ["ThreadScan"], path: "Examples/Library"
        ),
        .target(name: "BenchmarkPages", path: "Benchmarks/BenchmarkPages"),
        .executableTarget(
            name: "threadscan-benchmark",
            dependencies: ["ThreadScan", "PageParsing", "BenchmarkPages"],
            path: "Benchmarks/threadscan-benchmark"
        ),
        .target(name: "TestSupport", dependencies: ["ThreadModel"], path: "Tests/TestSupport"),
        .testTarget(name: "ThreadModelTests", dependencies: ["ThreadModel"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon"]),
        .testTarget(
            name: "PageParsingTests", dependencies: ["PageParsing", "ThreadModel", "Lexicon", "TestSupport"],
            exclude: [
                "Fixtures", "HTML/Conformance/tokenizer-known-failures.txt",
                "HTML/Conformance/tree-construction-known-failures.txt",
            ]
        ),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Lexicon", "ThreadModel", "TestSupport"]),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Analysis", "ThreadModel", "Lexicon", "TestSupport"],
            exclude: ["Formats/Goldens"]
        ),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Reports", "Analysis", "Lexicon", "TestSupport"]),
        .testTarget(name: "ThreadScanTests", dependencies: ["ThreadScan", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "BenchmarkPagesTests", dependencies: ["BenchmarkPages", "PageParsing", "Lexicon", "threadscan-benchmark", "TestSupport"]
        ),
        .testTarget(name: "ThreadScanCLITests", dependencies: ["threadscan", "TestSupport"], exclude: ["Fixtures"]),
    ]
)

if fuzzing {
    package.targets.append(
        .target(name: "FuzzSupport", dependencies: ["Lexicon", "PageParsing"], path: "Fuzz/FuzzSupport"))
    for target in fuzzTargets {
        package.targets.append(
            .executableTarget(
                name: "fuzz-\(target.name)", dependencies: ["FuzzSupport"] + target.dependencies,
                path: "Fuzz/\(target.name)"))
    }
}
