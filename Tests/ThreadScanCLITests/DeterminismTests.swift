import Foundation
import Testing

/// Same input, same bytes out: every example and fixture page, in every format, gives the same
/// output in three separate processes (each with its own random hash seed). The example
/// `news-comments.txt` names its people in several overlapping ways, which is where ordering by
/// hash used to show.
@Suite struct DeterminismTests {
    /// Every saved page the repository holds: the examples and the test fixtures.
    static var pages: [String] {
        let root = CLIRunner.packageRoot
        var found: [String] = []
        for folder in ["Examples", "Tests"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let relative = enumerator?.nextObject() as? String {
                let isPage = ["txt", "html", "htm", "mhtml", "mht"].contains((relative as NSString).pathExtension)
                if isPage, folder == "Examples" || relative.contains("Fixtures/") {
                    found.append(root.appendingPathComponent(folder).appendingPathComponent(relative).path)
                }
            }
        }
        return found.sorted()
    }

    static let commands: [[String]] =
        ["json", "jsonl", "csv", "md", "text", "html"].map { ["scan", "--format", $0] }
        + [["parse", "--format", "json"], ["parse", "--format", "text"], ["tree"]]

    @Test(arguments: commands)
    func separateRunsGiveTheSameBytes(command: [String]) throws {
        let pages = Self.pages
        #expect(pages.count >= 10)
        let first = try CLIRunner.run(command + pages)
        #expect(!first.stdout.isEmpty)
        for _ in 0..<2 {
            let again = try CLIRunner.run(command + pages)
            #expect(first.stdout == again.stdout, "\(command) differs between runs")
            #expect(first.stderr == again.stderr)
        }
    }
}
