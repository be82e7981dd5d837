import Foundation
import TestSupport
import Testing

/// One long line without a newline (a pasted wall of text, a page saved without line breaks) at
/// two sizes, four times apart: the peak resident memory and the CPU time of `threadscan scan`
/// grow about four times, never sixteen, and the memory held per input byte stays under a ceiling.
/// Peak memory is the child's `ru_maxrss` (``CPUTimedRun/measure(_:)``), the start-up's subtracted.
@Suite(.serialized) struct LongLineMemoryTests {
    /// The most bytes of peak memory one byte of this line may add, start-up aside: a guard
    /// against regressions at about 1.2 times what it takes today (29 bytes a byte in a debug
    /// build, 61 before evidence was capped per entry), **not the goal** of 3 (the input, its text
    /// and the post's body). The analysis of one post still holds per-token tables (tokens, vocabulary
    /// ids, sentence and clause indices) and, for each of the line's thousands of cues, the cue and
    /// its evidence while it is scored; the result keeps the first `OmittedEvidence.listedPerName`
    /// pieces of each entry and rule.
    static let bytesPerInputByte = 36.0

    /// A line of `count` bytes of words, some of them lexicon entries, with no line break.
    static func line(_ count: Int) -> [UInt8] {
        let words = [
            "the", "council", "said", "that", "you", "are", "an", "idiot", "and", "frankly", "lazy", "but", "the",
            "bonfire", "went", "ahead", "anyway", "after", "rain", "stopped", "really", "not", "bad", "at", "all",
        ].map { Array($0.utf8) }
        var random = SplitMix64(seed: 100)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 16)
        while bytes.count < count {
            bytes += words[Int.random(in: 0..<words.count, using: &random)]
            bytes.append(UInt8(ascii: " "))
        }
        return Array(bytes[..<count])
    }

    @Test func aLongLineGrowsLinearlyInMemoryAndTime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-line-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func run(_ bytes: [UInt8], _ name: String) throws -> (seconds: Double, peakBytes: Int) {
            let url = folder.appendingPathComponent("\(name).txt")
            try Data(bytes).write(to: url)
            return try CPUTimedRun.measure(["scan", url.path])
        }
        let small = 2 << 20
        let large = 8 << 20
        let base = try run([], "empty")
        let smallRun = try run(Self.line(small), "small")
        let largeRun = try run(Self.line(large), "large")
        let smallMemory = Double(max(smallRun.peakBytes - base.peakBytes, 1 << 20))
        let largeMemory = Double(max(largeRun.peakBytes - base.peakBytes, 1 << 20))
        let memoryRatio = largeMemory / smallMemory
        let timeRatio = max(largeRun.seconds - base.seconds, 0.01) / max(smallRun.seconds - base.seconds, 0.01)
        #expect(memoryRatio < LinearGrowthTests.limit, "4× the line took \(memoryRatio)× the memory")
        #expect(timeRatio < LinearGrowthTests.limit, "4× the line took \(timeRatio)× the CPU time")
        let perByte = largeMemory / Double(large)
        #expect(perByte <= Self.bytesPerInputByte, "\(perByte) bytes of memory per byte of the line")
    }

    /// The JSON report of a long line holds its body once and a bounded list of evidence: each entry
    /// and rule lists its first `OmittedEvidence.listedPerName` pieces and counts the rest (before,
    /// every cue was listed and the report was about 15 times the line).
    @Test func aLongLinesReportIsAboutTheSizeOfTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-line-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = Self.line(1 << 20)
        let input = folder.appendingPathComponent("line.txt")
        let output = folder.appendingPathComponent("report.json")
        try Data(line).write(to: input)
        let run = try CLIRunner.run(["scan", input.path, "--format", "json", "--quiet", "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Data(contentsOf: output)
        #expect(report.count < 2 * line.count, "a report of \(report.count) bytes for a line of \(line.count)")
        let json = try #require(try JSONSerialization.jsonObject(with: report) as? [String: Any])
        let post = try #require((json["posts"] as? [[String: Any]])?.first)
        let incivility = try #require(post["incivility"] as? [String: Any])
        let omitted = try #require(incivility["omittedEvidence"] as? [[String: Any]])
        #expect(omitted.contains { $0["name"] as? String == "idiot" && ($0["count"] as? Int ?? 0) > 1000 })
    }
}
