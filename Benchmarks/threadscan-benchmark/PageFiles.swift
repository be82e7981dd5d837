import BenchmarkPages
import Foundation

/// `threadscan-benchmark write-pages DIR [options]`: writes the generated pages into a folder,
/// for the peers to read the same bytes (`Benchmarks/compare-peers.py`).
enum PageFiles {
    /// The sizes written when `--sizes` is not given.
    static let defaultSizes: [PageSize] = [.bytes(100_000), .bytes(1_000_000)]

    /// Runs the command with `arguments` (those after `write-pages`).
    static func main(_ arguments: [String]) throws {
        guard let directory = arguments.first, !directory.hasPrefix("-") else {
            throw BenchmarkUsageError.missing("the folder to write the pages into")
        }
        var options = try PipelineOptions(Array(arguments.dropFirst()))
        if !arguments.contains("--sizes") { options.sizes = defaultSizes }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for shape in options.shapes {
            for size in options.sizes {
                let page = shape.page(size)
                try Data(page.bytes).write(to: URL(fileURLWithPath: directory + "/" + page.name))
                print("\(page.name)\t\(page.bytes.count) bytes\t\(page.posts) posts")
            }
        }
    }
}
