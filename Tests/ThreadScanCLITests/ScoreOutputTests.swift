import Foundation
import Testing

/// `score`'s output bytes: the same as the goldens recorded before scoring moved to chunks on
/// `--jobs` threads, whatever the number of threads, with every row answered in input order.
@Suite struct ScoreOutputTests {
    static let fixtures = "Tests/ThreadScanCLITests/Fixtures/score"
    static let input = "\(fixtures)/comments-700.tsv"

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("\(fixtures)/\(name)"), encoding: .utf8)
    }

    @Test(arguments: ["1", "2", "3"])
    func jsonLinesMatchTheGoldenWithAnyNumberOfJobs(jobs: String) throws {
        let output = try CLIRunner.run(["score", Self.input, "--jobs", jobs])
        #expect(output.status == 1)
        #expect(output.stdout == (try Self.golden("comments-700.golden.jsonl")))
        #expect(output.stderr.contains("18 of 700 rows could not be scored (first at \(Self.input):99:"))
    }

    @Test(arguments: ["1", "2"])
    func perspectiveResponsesMatchTheGoldenWithAnyNumberOfJobs(jobs: String) throws {
        let output = try CLIRunner.run(["score", Self.input, "--format", "perspective", "-j", jobs])
        #expect(output.stdout == (try Self.golden("comments-700.perspective.golden.jsonl")))
    }

    /// More rows than the chunks in flight (4 × jobs × 256), read from standard input: one line
    /// out per line in, numbered in order.
    @Test func manyChunksComeOutInInputOrder() throws {
        let rows = 20_000
        let input = (1...rows).map { $0 % 7 == 0 ? "" : "row \($0) says you are an idiot" }.joined(separator: "\n")
        let output = try CLIRunner.run(["score", "-", "--jobs", "2"], stdin: Data(input.utf8))
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == rows)
        for (offset, line) in lines.enumerated() where !line.hasPrefix("{\"line\":\(offset + 1),") {
            Issue.record("output line \(offset + 1) is \(line.prefix(60))")
            break
        }
    }

    @Test func jobsOutOfRangeIsAUsageError() throws {
        let output = try CLIRunner.run(["score", Self.input, "--jobs", "0"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--jobs"))
    }
}
