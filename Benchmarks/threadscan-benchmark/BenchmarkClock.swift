import Foundation

/// The clocks a measurement reads: this process's CPU time (every thread, so the analysis on
/// every core counts), wall-clock time, and the peak resident memory.
///
/// The machine is shared, so CPU time is the figure to compare: wall-clock time also counts the
/// time other work held the cores.
struct BenchmarkClock {
    /// One reading of both clocks.
    struct Reading {
        var cpu: Double
        var wall: Double

        /// The time from `start` to this reading.
        func since(_ start: Reading) -> Elapsed { Elapsed(cpu: cpu - start.cpu, wall: wall - start.wall) }
    }

    /// CPU and wall-clock seconds between two readings.
    struct Elapsed: Codable {
        var cpu: Double
        var wall: Double
    }

    /// Both clocks now.
    static func now() -> Reading {
        var cpu = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu)
        var wall = timespec()
        clock_gettime(CLOCK_MONOTONIC, &wall)
        return Reading(
            cpu: Double(cpu.tv_sec) + Double(cpu.tv_nsec) / 1e9, wall: Double(wall.tv_sec) + Double(wall.tv_nsec) / 1e9)
    }

    /// The fastest of `rounds` runs of `work`, by CPU time (its wall time beside it).
    static func best(rounds: Int, _ work: () -> Void) -> Elapsed {
        var best = Elapsed(cpu: .infinity, wall: .infinity)
        for _ in 0..<max(1, rounds) {
            let start = now()
            work()
            let elapsed = now().since(start)
            if elapsed.cpu < best.cpu { best = elapsed }
        }
        return best
    }

    /// The most resident memory this process has held so far, in kilobytes.
    ///
    /// On Linux this is `VmHWM` of `/proc/self/status`, the high-water mark of this program's
    /// own memory: `ru_maxrss` carries a parent's mark across `exec`, so a page measured in a
    /// child of a parent that held a 500 MB page would read the parent's peak. Elsewhere it is
    /// `ru_maxrss`.
    static func peakResidentKilobytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let field = line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first,
            let kilobytes = Int(field)
        {
            return kilobytes
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
