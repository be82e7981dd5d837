// swift-tools-version:6.0
import PackageDescription

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
        .executableTarget(
            name: "threadscan-benchmark",
            dependencies: ["ThreadScan", "PageParsing"],
            path: "Benchmarks/threadscan-benchmark"
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
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
        .testTarget(name: "ThreadScanCLITests", dependencies: ["threadscan", "TestSupport"], exclude: ["Fixtures"]),
    ]
)
