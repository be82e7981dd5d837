import Glibc

/// Seconds on the monotonic clock, for timeouts and the access log's durations.
enum MonotonicClock {
    /// Now, in seconds since an arbitrary start.
    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
