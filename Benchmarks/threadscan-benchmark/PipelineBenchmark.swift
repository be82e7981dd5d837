import BenchmarkPages
import Foundation
import ThreadScan

/// `threadscan-benchmark pipeline`: every page shape at every size, each page measured by a child
/// process of its own (``PageMeasurer``), then the growth series; printed as text, TSV or JSON
/// (``PipelineOutput``).
enum PipelineBenchmark {
    /// The whole run, as `--format json` prints it.
    struct Run: Codable {
        var schema = "threadscan.benchmark/1"
        var version: String
        var machine: MachineInfo
        var measurements: [PageMeasurement]
        var growth: [GrowthPoint]
    }

    /// Runs the benchmark with `arguments` (those after `pipeline`).
    static func main(_ arguments: [String]) throws {
        let options = try PipelineOptions(arguments)
        let directory = options.keepPages ?? NSTemporaryDirectory() + "threadscan-benchmark-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if options.keepPages == nil { try? FileManager.default.removeItem(atPath: directory) } }
        var output = PipelineOutput(format: options.format)
        var run = Run(
            version: ThreadScanVersion.current, machine: MachineInfo.current(), measurements: [], growth: [])
        output.start(run.machine)
        var failures = 0
        for shape in options.shapes {
            for size in options.sizes {
                guard
                    let measurement = try measure(
                        shape.page(size), stages: options.stages, options: options, in: directory)
                else {
                    failures += 1
                    continue
                }
                output.measured(measurement)
                run.measurements.append(measurement)
            }
        }
        if let base = options.growthBase {
            for shape in options.shapes {
                var series: [GrowthPoint] = []
                for factor in PipelineOptions.growthFactors {
                    guard
                        let measurement = try measure(
                            shape.page(base.scaled(factor)), stages: ["full"], options: options, in: directory),
                        let full = measurement.stage("full")
                    else {
                        failures += 1
                        continue
                    }
                    let perMegabyte = full.seconds.cpu / (Double(measurement.bytes) / 1e6)
                    let ratio = perMegabyte / (series.first?.secondsPerMegabyte ?? perMegabyte)
                    series.append(
                        GrowthPoint(
                            shape: shape.rawValue, factor: factor, bytes: measurement.bytes, posts: measurement.posts,
                            secondsPerMegabyte: perMegabyte, ratio: ratio, peakKilobytes: measurement.peakKilobytes,
                            flagged: ratio > PipelineOptions.growthLimit))
                }
                output.grew(series)
                run.growth += series
            }
        }
        output.finish(run)
        if failures > 0 { throw PipelineError.someFailed(failures) }
    }

    /// Writes `page` into `directory`, measures it in a child process, and removes it unless the
    /// pages are kept; `nil`, said on standard error, when the child fails (the run goes on
    /// without that page).
    private static func measure(_ page: GeneratedPage, stages: [String], options: PipelineOptions, in directory: String)
        throws -> PageMeasurement?
    {
        let path = directory + "/" + page.name
        try Data(page.bytes).write(to: URL(fileURLWithPath: path))
        defer { if options.keepPages == nil { try? FileManager.default.removeItem(atPath: path) } }
        let rounds = options.rounds ?? (page.bytes.count >= 8_000_000 ? 1 : 3)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = [
            "measure-page", path, "--shape", page.shape.rawValue, "--size", "\(page.size)",
            "--stages", stages.joined(separator: ","), "--rounds", "\(rounds)",
        ]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0,
            let measurement = try? JSONDecoder().decode(PageMeasurement.self, from: data)
        else {
            let status = child.terminationReason == .uncaughtSignal ? "signal" : "status"
            FileHandle.standardError.write(
                Data(
                    "warning: the child process measuring \(page.name) ended with \(status) \(child.terminationStatus); the page is left out\n"
                        .utf8))
            return nil
        }
        return measurement
    }

    /// A measurement that could not be made.
    enum PipelineError: Error, CustomStringConvertible {
        /// This many pages could not be measured (each named on standard error as it failed).
        case someFailed(Int)

        var description: String {
            switch self {
            case .someFailed(let count):
                return
                    "Error: \(count) page(s) could not be measured; the output leaves them out (see the warnings above)"
            }
        }
    }
}
