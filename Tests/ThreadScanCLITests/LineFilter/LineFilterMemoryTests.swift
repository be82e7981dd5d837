import Foundation
import Testing

/// `scan --jsonl-in` holds a window of records in flight, not its input: eight times the input
/// costs about the same peak memory. The peak is the filter's own (`VmHWM` in `/proc/PID/status`),
/// read once every line has come back and before standard input is closed, so the test process's
/// memory does not count.
@Suite struct LineFilterMemoryTests {
    static let procAvailable = FileManager.default.fileExists(atPath: "/proc/self/status")

    /// The filter's peak resident kilobytes over `count` records of 100 kB each.
    static func peak(_ count: Int) throws -> Int {
        let filter = try PipedProcess(["scan", "--jsonl-in", "-", "--quiet", "--jobs", "2"])
        // Each record carries 100 kB in a member threadscan reads past and ignores.
        let padding = String(repeating: "x", count: 100_000)
        let writer = filter.input
        Thread.detachNewThread {
            for index in 0..<count {
                writer.write(
                    Data("{\"id\":\(index),\"text\":\"post \(index), short\",\"padding\":\"\(padding)\"}\n".utf8))
            }
        }
        for index in 0..<count {
            _ = try #require(filter.lines.nextLine(waiting: 300), "no line \(index + 1)")
        }
        let status = try String(contentsOfFile: "/proc/\(filter.process.processIdentifier)/status", encoding: .utf8)
        #expect(try filter.finish() == 0)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        return try #require(Int(line.split(separator: " ").dropFirst().first ?? ""))
    }

    @Test(.enabled(if: procAvailable, "needs /proc/PID/status (Linux)"))
    func eightTimesTheRecordsCostAboutTheSamePeakMemory() throws {
        let small = try Self.peak(100)
        let large = try Self.peak(800)
        // Holding the input would add 70 MB; the window of 4 records holds under 1 MB of it.
        #expect(large - small < 20_000, "10 MB in: \(small) kB at most; 80 MB in: \(large) kB")
    }
}
