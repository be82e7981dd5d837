import Foundation

/// The machine a run was measured on, as the README's Performance section states it.
struct MachineInfo: Codable {
    /// Online processors (`nproc`).
    var processors: Int
    /// The CPU model from `/proc/cpuinfo`, or `unknown`.
    var cpu: String
    /// The 1, 5 and 15 minute load averages when the run started.
    var loadAverage: [Double]

    /// This machine now.
    static func current() -> MachineInfo {
        var loads = [Double](repeating: 0, count: 3)
        _ = getloadavg(&loads, 3)
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return MachineInfo(
            processors: ProcessInfo.processInfo.activeProcessorCount, cpu: model ?? "unknown",
            loadAverage: loads.map { ($0 * 100).rounded() / 100 })
    }

    /// `2 processors, AMD EPYC, load average 2.72 1.74 2.06`.
    var summary: String {
        "\(processors) processors, \(cpu), load average "
            + loadAverage.map { String(format: "%.2f", $0) }.joined(separator: " ")
    }
}
