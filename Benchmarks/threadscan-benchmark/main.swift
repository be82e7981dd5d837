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
