import Foundation

/// Thread CPU time, for tests that compare the cost of two input sizes: other work on a shared
/// machine does not count, as it would in wall-clock time.
public enum ThreadCPUTime {
    /// The CPU time this thread has used, in seconds.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The least thread CPU time of `runs` runs of `work`, in seconds.
    public static func fastest(runs: Int = 3, _ work: () -> Void) -> Double {
        (0..<max(runs, 1)).map { _ in
            let start = now()
            work()
            return now() - start
        }.min() ?? 0
    }
}
