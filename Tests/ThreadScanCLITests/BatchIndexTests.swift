import Foundation
import Testing

/// A batch report in text, Markdown or HTML opens with an index of its threads, harshest first,
/// linking to each; a single thread has none, and the JSON formats never do.
@Suite struct BatchIndexTests {
    static let pages = ["Examples/news-comments.txt", "Examples/xenforo-thread.html", "Examples/invision-thread.txt"]

    static func scan(_ format: String) throws -> String {
        let result = try CLIRunner.run(["scan"] + pages + ["-f", format, "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The order of `needles` in `text` (by first occurrence after `start`).
    static func order(_ needles: [String], in text: Substring) -> [String] {
        needles.compactMap { needle in text.range(of: needle).map { (needle, $0.lowerBound) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
    }

    @Test func theHTMLIndexListsTheThreadsHarshestFirstAndEveryLinkLands() throws {
        let html = try Self.scan("html")
        let nav = try #require(html.range(of: "<nav aria-labelledby=\"index\">"))
        let navEnd = try #require(html.range(of: "</nav>", range: nav.upperBound..<html.endIndex))
        let index = html[nav.upperBound..<navEnd.lowerBound]
        #expect(try #require(html.range(of: "<article class=\"thread\"")).lowerBound > navEnd.lowerBound, "index first")
        #expect(index.contains("3 threads, harshest first"))
        #expect(
            Self.order(["Quay Street", "Council votes", "Valdoria"], in: index) == [
                "Quay Street", "Council votes", "Valdoria",
            ],
            "high (priority 81), high (78), medium")
        var links: [String] = []
        var rest = index
        while let href = rest.range(of: "href=\"#") {
            let end = rest[href.upperBound...].firstIndex(of: "\"")!
            links.append(String(rest[href.upperBound..<end]))
            rest = rest[end...]
        }
        #expect(links == ["t2-thread", "t3-thread", "t1-thread"])
        for link in links { #expect(html.contains("id=\"\(link)\""), "\(link) lands") }
    }

    @Test func textAndMarkdownOpenWithTheIndexToo() throws {
        let text = try Self.scan("text")
        #expect(text.hasPrefix("3 THREADS, HARSHEST FIRST\n  [HIGH] [2] Quay Street parking permits"))
        #expect(text.contains("\n[2] Quay Street parking permits\n"), "each thread carries its number")
        let markdown = try Self.scan("md")
        #expect(
            markdown.hasPrefix("## 3 threads, harshest first\n\n1. **high** [Quay Street parking permits](#thread-2)"))
        #expect(markdown.contains("<a id=\"thread-2\"></a>\n\n## Quay Street parking permits"))
    }

    @Test func oneThreadAndTheMachineFormatsHaveNoIndex() throws {
        let one = try CLIRunner.run(["scan", "Examples/xenforo-thread.html", "-f", "text", "-q"])
        #expect(one.stdout.hasPrefix("Quay Street parking permits\n"))
        #expect(
            !(try CLIRunner.run(["scan", "Examples/xenforo-thread.html", "-f", "html", "-q"])).stdout.contains("<nav"))
        let jsonl = try Self.scan("jsonl")
        #expect(jsonl.split(separator: "\n").count == 3 && !jsonl.contains("harshest first"))
        let csv = try Self.scan("csv")
        #expect(csv.hasPrefix("source,title,post,"))
    }
}
