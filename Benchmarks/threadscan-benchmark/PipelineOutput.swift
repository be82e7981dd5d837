import Foundation

/// Prints the pipeline benchmark as it runs: a table as text, rows of TSV, or one JSON document
/// at the end.
///
/// TSV is two tables, each with its header line, separated by an empty line: one row per page
/// and stage (`shape size bytes posts stage cpu_seconds wall_seconds mb_per_cpu_second
/// posts_per_cpu_second peak_kb start_kb tokens_per_cpu_second`: the analyzer's tokens per
/// CPU-second of the stage, 0 unless the analysis was measured), then one row per page of the growth series (`shape
/// factor bytes posts cpu_seconds_per_mb ratio flagged peak_kb`).
struct PipelineOutput {
    let format: PipelineOptions.Format
    private var wroteGrowthHeader = false

    init(format: PipelineOptions.Format) { self.format = format }

    /// The goals of issue 11, in MB per CPU-second of the full scan.
    static let htmlGoal = 50.0
    static let copiedTextGoal = 100.0

    /// The heading: the machine, the columns.
    func start(_ machine: MachineInfo) {
        switch format {
        case .text:
            print("threadscan-benchmark pipeline: \(machine.summary)")
            print(
                "MB/s, posts/s and tokens/s are per CPU-second of the process (all threads); peak is the scan's resident memory."
            )
            print(
                "shape          size        MB    posts  "
                    + PageMeasurer.stageNames.map { pad($0, 9, left: true) }.joined()
                    + "   posts/s  peak MB  peak/page  analysis tokens/s")
        case .tsv:
            print(
                "shape\tsize\tbytes\tposts\tstage\tcpu_seconds\twall_seconds\tmb_per_cpu_second\tposts_per_cpu_second\tpeak_kb\tstart_kb\ttokens_per_cpu_second"
            )
        case .json: break
        }
    }

    /// One page measured.
    func measured(_ page: PageMeasurement) {
        switch format {
        case .text:
            var line =
                pad(page.shape, 14) + " " + pad(page.size, 7)
                + String(format: " %8.3f %8d  ", Double(page.bytes) / 1e6, page.posts)
            for name in PageMeasurer.stageNames {
                line += pad(
                    page.stage(name).map { String(format: "%.1f", page.megabytesPerSecond($0)) } ?? "-", 9, left: true)
            }
            let posts = page.stage("full").map { String(format: "%.0f", page.postsPerSecond($0)) } ?? "-"
            line += pad(posts, 10, left: true)
            line += String(
                format: " %8.1f %10.1f", Double(page.peakKilobytes) / 1024,
                Double(page.peakKilobytes - page.startKilobytes) * 1024 / Double(max(1, page.bytes)))
            line += pad(
                page.stage("analysis").map { String(format: "%.0f", page.tokensPerSecond($0)) } ?? "-", 19,
                left: true)
            print(line)
        case .tsv:
            for stage in page.stages {
                print(
                    [
                        page.shape, page.size, "\(page.bytes)", "\(page.posts)", stage.name,
                        String(format: "%.6f", stage.seconds.cpu), String(format: "%.6f", stage.seconds.wall),
                        String(format: "%.3f", page.megabytesPerSecond(stage)),
                        String(format: "%.1f", page.postsPerSecond(stage)), "\(page.peakKilobytes)",
                        "\(page.startKilobytes)", String(format: "%.0f", page.tokensPerSecond(stage)),
                    ].joined(separator: "\t"))
            }
        case .json: break
        }
    }

    /// One shape's growth series measured.
    mutating func grew(_ series: [GrowthPoint]) {
        guard let first = series.first else { return }
        switch format {
        case .text:
            if !wroteGrowthHeader {
                print(
                    "\ngrowth: CPU seconds per MB of the full scan at 1x 2x 4x 8x 16x, and the ratio to 1x (flag above 1.3)"
                )
                wroteGrowthHeader = true
            }
            let times = series.map { String(format: "%.4f", $0.secondsPerMegabyte) }.joined(separator: " ")
            let ratios = series.map { String(format: "%.2f", $0.ratio) }.joined(separator: " ")
            let flag = series.contains(where: \.flagged) ? "  FLAG: grows faster than the input" : ""
            print(
                pad(first.shape, 14) + String(format: " %8.3f MB  ", Double(first.bytes) / 1e6) + "s/MB " + times
                    + "  ratio " + ratios + flag)
        case .tsv:
            if !wroteGrowthHeader {
                print("\nshape\tfactor\tbytes\tposts\tcpu_seconds_per_mb\tratio\tflagged\tpeak_kb")
                wroteGrowthHeader = true
            }
            for point in series {
                print(
                    [
                        point.shape, "\(point.factor)", "\(point.bytes)", "\(point.posts)",
                        String(format: "%.6f", point.secondsPerMegabyte), String(format: "%.3f", point.ratio),
                        point.flagged ? "yes" : "no", "\(point.peakKilobytes)",
                    ].joined(separator: "\t"))
            }
        case .json: break
        }
    }

    /// The end: for text, the full scan's speed on HTML and on copied text against the goals; for
    /// JSON, the whole run.
    func finish(_ run: PipelineBenchmark.Run) {
        switch format {
        case .text:
            print("")
            for (label, copied, goal) in [
                ("saved HTML", false, Self.htmlGoal), ("copied text", true, Self.copiedTextGoal),
            ] {
                let pages = run.measurements.filter { $0.shape.hasSuffix("-text") == copied && $0.bytes >= 1_000_000 }
                let seconds = pages.compactMap { $0.stage("full")?.seconds.cpu }.reduce(0, +)
                guard seconds > 0 else { continue }
                let bytes = pages.filter { $0.stage("full") != nil }.reduce(0) { $0 + $1.bytes }
                let speed = Double(bytes) / 1e6 / seconds
                print(
                    "full scan, \(label) (\(pages.count) pages of 1 MB or more): "
                        + String(format: "%.1f MB per CPU-second; goal %.0f: ", speed, goal)
                        + (speed >= goal ? "met" : "NOT met"))
            }
            let flagged = Set(run.growth.filter(\.flagged).map(\.shape)).sorted()
            if !run.growth.isEmpty {
                print(
                    "growth 1x to 16x: "
                        + (flagged.isEmpty
                            ? "flat (every ratio at most 1.3)" : "FLAGGED: " + flagged.joined(separator: ", ")))
            }
        case .tsv: break
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            if let data = try? encoder.encode(run) { FileHandle.standardOutput.write(data + Data("\n".utf8)) }
        }
    }

    /// `text` padded with spaces to `width` (on the left when `left`).
    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
