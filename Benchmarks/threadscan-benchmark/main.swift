import Foundation
import ThreadScan

print("threadscan-benchmark \(ThreadScanVersion.current) (release build, one core)")
for measurement in try ParseBenchmark.run() {
    let line = String(
        format: "parse  %-44@ %7.1f MB  %6d posts  %7.3f s  %7.1f MB/s",
        measurement.name as NSString, Double(measurement.bytes) / 1e6, measurement.posts, measurement.seconds,
        measurement.megabytesPerSecond
    )
    print(line)
}
for measurement in try ScoreBenchmark.run() {
    let line = String(
        format: "score  %-44@ %7.1f MB  %6d posts  %7.3f s  %7.1f MB/s  (%d above none)",
        measurement.name as NSString, Double(measurement.bytes) / 1e6, measurement.posts, measurement.seconds,
        measurement.megabytesPerSecond, measurement.flagged
    )
    print(line)
}
for measurement in try ScanBenchmark.run() {
    let name = measurement.name.padding(toLength: 44, withPad: " ", startingAt: 0)
    print(
        String(
            format: "scan   %@ %6d posts  %7.3f s  %9.0f posts/s", name as NSString, measurement.posts,
            measurement.seconds,
            measurement.postsPerSecond)
    )
}
