import Foundation
import TestSupport
import Testing

/// The benchmark executable at its smallest (a debug build, a few posts): the pipeline run
/// measures every stage of every page asked for, in a child process each, and prints the
/// documented JSON; a bad option is a usage error.
@Suite struct BenchmarkRunTests {
    /// The built `threadscan-benchmark`, beside the test bundle.
    static var binary: URL { BuiltProduct.url("threadscan-benchmark") }

    /// Runs the benchmark with `arguments`: exit status, standard output, standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }

    @Test func pipelineMeasuresEveryStageAndTheGrowthAsJSON() throws {
        let result = try Self.run([
            "pipeline", "--platform", "phpbb", "--platform", "xenforo-text", "--sizes", "3p", "--growth", "2p",
            "--rounds", "1", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let run = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(run["schema"] as? String == "threadscan.benchmark/1")
        let measurements = try #require(run["measurements"] as? [[String: Any]])
        #expect(measurements.map { $0["shape"] as? String } == ["phpbb", "xenforo-text"])
        for measurement in measurements {
            #expect(measurement["posts"] as? Int == 3)
            #expect(
                measurement["platform"] as? String
                    == (measurement["shape"] as? String)?.replacingOccurrences(of: "-text", with: ""))
            let stages = try #require(measurement["stages"] as? [[String: Any]])
            let names = stages.compactMap { $0["name"] as? String }
            let expected =
                measurement["shape"] as? String == "phpbb"
                ? ["decode", "dom", "adapter", "tree", "analysis", "signals", "report", "full"]
                : ["decode", "adapter", "tree", "analysis", "signals", "report", "full"]
            #expect(names == expected)
            let full = try #require(stages.last?["seconds"] as? [String: Double])
            #expect((full["cpu"] ?? 0) > 0 && (full["wall"] ?? 0) > 0)
            #expect((measurement["peakKilobytes"] as? Int ?? 0) >= (measurement["startKilobytes"] as? Int ?? .max))
            #expect((measurement["reportBytes"] as? Int ?? 0) > 0)
            #expect((measurement["tokens"] as? Int ?? 0) > 0, "the analysis stage's tokens")
        }
        let growth = try #require(run["growth"] as? [[String: Any]])
        #expect(growth.map { $0["factor"] as? Int } == [1, 2, 4, 8, 16, 1, 2, 4, 8, 16])
        #expect(growth.map { $0["posts"] as? Int }.prefix(5) == [2, 4, 8, 16, 32])
        #expect(growth.first?["ratio"] as? Double == 1)
    }

    @Test func tsvHasOneRowPerStageUnderItsHeader() throws {
        let result = try Self.run([
            "pipeline", "--platform", "hackernews", "--sizes", "2p", "--stage", "dom", "--stage", "full", "--growth",
            "none", "--rounds", "1", "--format", "tsv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: "\t")
        }
        #expect(lines.first?.first == "shape" && lines.first?.count == 12)
        #expect(lines.first?.last == "tokens_per_cpu_second")
        #expect(lines.dropFirst().map { $0.count > 4 ? String($0[4]) : "" } == ["dom", "full"])
        #expect(lines.dropFirst().allSatisfy { $0.count == 12 })
    }

    @Test(arguments: [
        ["pipeline", "--platform", "myspace"], ["pipeline", "--sizes", "big"], ["pipeline", "--bogus"],
        ["pipeline", "--format", "xml"], ["frobnicate"],
    ])
    func aBadCommandLineIsAUsageError(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains("threadscan-benchmark --help"))
    }
}
