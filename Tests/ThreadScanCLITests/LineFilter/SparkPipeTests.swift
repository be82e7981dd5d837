import Foundation
import Testing

/// `scan --jsonl-in -` under real Apache Spark (local mode, `rdd.pipe`): 1,000 records, bad ones
/// among them, each partition's output compared line by line with a direct run of the binary on
/// the same records. Needs pyspark in `.build/spark-venv` and `java` (`.ci/spark-setup` installs
/// both; `.ci/run` runs it first). Skipped without them, except under `CI=true`, where their
/// absence fails the test.
@Suite struct SparkPipeTests {
    static let message = "pyspark (.build/spark-venv) or java is missing: run .ci/spark-setup to install them"
    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static let python = CLIRunner.packageRoot.appendingPathComponent(".build/spark-venv/bin/python")

    /// Whether `java` is on the PATH and the virtual environment has pyspark.
    static var sparkIsThere: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let java = path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/java")
        }
        return java && FileManager.default.isExecutableFile(atPath: python.path)
    }

    @Test(.enabled(if: sparkIsThere || onCI, "\(message)"))
    func everyLineSparkPipesBackIsTheDirectRunsLine() throws {
        try #require(Self.sparkIsThere, "\(Self.message)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-spark-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [
            CLIRunner.packageRoot.appendingPathComponent("Scripts/spark-pipe.py").path, CLIRunner.binary.path,
            folder.path, "1000", "4",
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "spark-pipe.py failed:\n\(stderr.suffix(3000))")

        var lines = 0
        var reports = 0
        var errorLines = 0
        for partition in 0..<4 {
            let input = folder.appendingPathComponent("input-\(partition).jsonl")
            let records = try String(contentsOf: input, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            ).dropLast()
            let spark = try String(
                contentsOf: folder.appendingPathComponent("spark-\(partition).jsonl"), encoding: .utf8)
            let direct = try CLIRunner.run(["scan", "--jsonl-in", input.path, "--quiet"])
            #expect(direct.status == 0, "\(direct.stderr)")
            let sparkLines = spark.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            let directLines = direct.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(sparkLines.count == records.count, "partition \(partition): one line out per line in")
            #expect(directLines.count == records.count, "partition \(partition): one line out per line in")
            for (number, (fromSpark, fromDirect)) in zip(sparkLines, directLines).enumerated() {
                #expect(fromSpark == fromDirect, "partition \(partition), line \(number + 1)")
                let object = try #require(
                    try JSONSerialization.jsonObject(with: Data(fromSpark.utf8)) as? [String: Any])
                #expect(object["line"] as? Int == number + 1)
                if object["report"] != nil { reports += 1 }
                if object["error"] != nil { errorLines += 1 }
            }
            lines += sparkLines.count
        }
        #expect(lines == 1000)
        #expect(reports + errorLines == 1000)
        #expect(errorLines > 50 && reports > 800, "\(errorLines) error lines, \(reports) reports")
    }
}
