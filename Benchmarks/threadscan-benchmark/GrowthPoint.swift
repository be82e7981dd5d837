/// One page of a growth series: the full scan's CPU time per MB at `factor` times the base size.
struct GrowthPoint: Codable {
    /// The page's shape.
    var shape: String
    /// 1, 2, 4, 8 or 16.
    var factor: Int
    /// The page's bytes.
    var bytes: Int
    /// The posts found.
    var posts: Int
    /// CPU seconds of the full scan per MB of page.
    var secondsPerMegabyte: Double
    /// `secondsPerMegabyte` over that of the 1× page.
    var ratio: Double
    /// Peak resident memory of the scan, in kilobytes.
    var peakKilobytes: Int
    /// Whether `ratio` is above ``PipelineOptions/growthLimit``.
    var flagged: Bool
}
