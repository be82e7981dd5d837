/// What one child process measured of one page: its size, its posts, each stage's best time,
/// and the memory the process held.
struct PageMeasurement: Codable {
    /// The page's shape (`xenforo`, `invision-text`…).
    var shape: String
    /// The size asked for (`1m`, `100p`).
    var size: String
    /// The page's bytes.
    var bytes: Int
    /// The posts the scan found.
    var posts: Int
    /// The analyzer's tokens (words and punctuation) in the posts' own words, when the analysis
    /// stage was measured (else 0).
    var tokens: Int
    /// The platform the scan recognised.
    var platform: String
    /// The JSON report's bytes.
    var reportBytes: Int
    /// Each measured stage, in pipeline order.
    var stages: [Stage]
    /// Peak resident memory of the whole child process, in kilobytes.
    var peakKilobytes: Int
    /// Peak resident memory before the page was read (the lexicons loaded), in kilobytes.
    var startKilobytes: Int

    /// One stage's time.
    struct Stage: Codable {
        /// `decode`, `dom`, `adapter`, `tree`, `analysis`, `signals`, `report` or `full`.
        var name: String
        /// The fastest round's CPU and wall-clock seconds; for `adapter` and `analysis`, the
        /// remainder of a larger step once the stages measured inside it are taken away.
        var seconds: BenchmarkClock.Elapsed
    }

    /// Megabytes of the page per CPU-second of `stage`.
    func megabytesPerSecond(_ stage: Stage) -> Double { Double(bytes) / 1e6 / stage.seconds.cpu }

    /// Posts per CPU-second of `stage`.
    func postsPerSecond(_ stage: Stage) -> Double { Double(posts) / stage.seconds.cpu }

    /// The analyzer's tokens per CPU-second of `stage`: per core, as the CPU time is every thread's.
    func tokensPerSecond(_ stage: Stage) -> Double { Double(tokens) / stage.seconds.cpu }

    /// The stage named `name`, if it was measured.
    func stage(_ name: String) -> Stage? { stages.first { $0.name == name } }
}
