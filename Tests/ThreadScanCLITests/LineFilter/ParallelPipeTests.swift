import Foundation
import Testing

/// `scan --jsonl-in -` under GNU `parallel --pipe --keep-order`, as the README shows it: blocks of
/// whole lines to several processes, the output in input order. Every line must equal a direct
/// run's, but for `line`, which restarts at 1 in each block. Needs `parallel` (`.ci/parallel-setup`
/// installs it); skipped without it, except under `CI=true`, where its absence fails the test.
@Suite struct ParallelPipeTests {
    static let parallel = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map {
        "\($0)/parallel"
    }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// A line without its `"line":N,` member, and N.
    static func split(_ line: Substring) -> (number: Int?, rest: Substring) {
        let prefix = "{\"schema\":\"threadscan.line/1\",\"line\":"
        guard line.hasPrefix(prefix),
            let comma = line[line.index(line.startIndex, offsetBy: prefix.count)...].firstIndex(of: ",")
        else { return (nil, line) }
        return (Int(line[line.index(line.startIndex, offsetBy: prefix.count)..<comma]), line[comma...])
    }

    @Test(.enabled(if: parallel != nil || onCI, "GNU parallel is missing: run .ci/parallel-setup to install it"))
    func blocksPipedThroughParallelGiveTheDirectRunsLinesInOrder() throws {
        let parallel = try #require(Self.parallel, "GNU parallel is missing: run .ci/parallel-setup to install it")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-parallel-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        for index in 0..<300 {
            switch index % 10 {
            case 7: lines.append("{\"id\": \(index), \"text\": ")
            case 8: lines.append("")
            default:
                lines.append(
                    try JSONLinesInTests.json([
                        "id": "r\(index)",
                        "text": JSONLinesInTests.copiedThread(1 + index % 4, title: "Thread \(index)"),
                    ]))
            }
        }
        let records = folder.appendingPathComponent("records.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: records)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c",
            "'\(parallel)' --will-cite --pipe --keep-order --block 8k -j 3 '\(CLIRunner.binary.path)' scan --jsonl-in - --quiet -j 1 < '\(records.path)'",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let piped = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let direct = try CLIRunner.run(["scan", "--jsonl-in", records.path, "--quiet"])
        let pipedLines = piped.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let directLines = direct.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        try #require(pipedLines.count == 300 && directLines.count == 300, "one line out per line in")
        var blocks = 0
        var expected = 1
        for (number, (fromParallel, fromDirect)) in zip(pipedLines, directLines).enumerated() {
            let (line, rest) = Self.split(fromParallel)
            if line == 1 {
                blocks += 1
                expected = 1
            }
            #expect(line == expected, "line \(number + 1): the block's lines are counted in order")
            expected += 1
            #expect(rest == Self.split(fromDirect).rest, "line \(number + 1)")
        }
        #expect(blocks > 2, "the input went to \(blocks) processes")
    }
}
