import Foundation
import ThreadScan

/// Runs the command `run` and exits: 0, or 64 with the message of a usage error, 1 otherwise.
func runCommand(_ run: () throws -> Void) -> Never {
    do {
        try run()
    } catch let error as BenchmarkUsageError {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(64)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

let command = CommandLine.arguments.dropFirst().first
let rest = Array(CommandLine.arguments.dropFirst(2))
switch command {
case "-h", "--help", "help": runCommand { print(PipelineOptions.help) }
case "pipeline": runCommand { try PipelineBenchmark.main(rest) }
case "measure-page": runCommand { try PageMeasurer.main(rest) }
case "write-pages": runCommand { try PageFiles.main(rest) }
case nil, "html", "scan", "tokenizer": break
case let other?: runCommand { throw BenchmarkUsageError.unknown(other) }
}

print("threadscan-benchmark \(ThreadScanVersion.current) (release build, one core)")
// `threadscan-benchmark html [--write-pages DIR] [--pages DIR] [--rounds N]` measures the HTML
// engine (tokenizer and tree builder) on generated forum pages; see `HTMLBenchmark`.
if CommandLine.arguments.dropFirst().first == "html" {
    do {
        try HTMLBenchmark.main(Array(CommandLine.arguments.dropFirst(2)))
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(2)
    }
    exit(0)
}
// `threadscan-benchmark scan` measures only the stages after the parse (`ScanBenchmark`).
let scanOnly = CommandLine.arguments.dropFirst().first == "scan"
// `threadscan-benchmark tokenizer` measures only the HTML tokenizer.
let tokenizerOnly = CommandLine.arguments.dropFirst().first == "tokenizer"
for measurement in tokenizerOnly || scanOnly ? [] : try ParseBenchmark.run() {
    let line = String(
        format: "parse  %-44@ %7.1f MB  %6d posts  %7.3f s  %7.1f MB/s",
        measurement.name as NSString, Double(measurement.bytes) / 1e6, measurement.posts, measurement.seconds,
        measurement.megabytesPerSecond
    )
    print(line)
}
for measurement in scanOnly ? [] : TokenizerBenchmark.run() {
    let line = String(
        format: "tokens %-44@ %7.1f MB  %7d tokens  %7.3f s  %7.1f MB/s",
        measurement.name as NSString, Double(measurement.bytes) / 1e6, measurement.tokens, measurement.seconds,
        measurement.megabytesPerSecond
    )
    print(line)
}
if tokenizerOnly { exit(0) }
for measurement in scanOnly ? [] : try ScoreBenchmark.run() {
    let line = String(
        format: "score  %-44@ %7.1f MB  %6d posts  %7.3f s  %7.1f MB/s  (%d above none)",
        measurement.name as NSString, Double(measurement.bytes) / 1e6, measurement.posts, measurement.seconds,
        measurement.megabytesPerSecond, measurement.flagged
    )
    print(line)
}
for measurement in try ScanBenchmark.run() {
    let name = measurement.name.padding(toLength: 44, withPad: " ", startingAt: 0)
    print(
        String(
            format: "scan   %@ %6d posts  %7.3f s  %9.0f posts/s", name as NSString, measurement.posts,
            measurement.seconds,
            measurement.postsPerSecond)
    )
}
