import Foundation
import Testing

/// `threadscan dom`: the tree, the outline and the counts of saved pages, run on the built binary.
@Suite struct DOMCommandTests {
    static let page = "Tests/PageParsingTests/Fixtures/html/invision-saved.html"

    @Test func html5libFormatPrintsTheTree() throws {
        let result = try CLIRunner.run(["dom", Self.page])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "| <!DOCTYPE html>")
        #expect(lines.contains("| <html>"))
        #expect(lines.contains("|   <body>"))
        #expect(result.stdout.hasSuffix("\n"))
        let selected = try CLIRunner.run(["dom", Self.page, "--select", "title"])
        #expect(selected.stdout == "| <title>\n|   \"x\"\n")
    }

    @Test func outlineShowsPositionsAttributesAndText() throws {
        let result = try CLIRunner.run(["dom", Self.page, "--format", "outline", "--select", "time"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix(" <time> January 14") == true, "\(lines)")
        let bytes = Array(try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.page)))
        let fileLines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let position = try #require(lines.first?.split(separator: " ").first?.split(separator: ":").map { Int($0) })
        let line = try #require(position.first ?? nil)
        let column = try #require(position.last ?? nil)
        let text = String(decoding: fileLines[line - 1], as: UTF8.self)
        #expect(text.dropFirst(column - 1).hasPrefix("<time"), "line \(line) column \(column): \(text)")

        let all = try CLIRunner.run(["dom", Self.page, "-f", "outline"])
        #expect(all.stdout.split(separator: "\n").contains { $0.contains("<head> (not rendered)") })
        #expect(all.stdout.split(separator: "\n").allSatisfy { $0.count < 400 })
    }

    @Test func countPrintsOneLinePerFile() throws {
        let result = try CLIRunner.run(["dom", Self.page, Self.page, "-f", "count", "-s", "p"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines.allSatisfy {
                $0.hasPrefix("\(Self.page): ") && $0.contains(" elements, ") && $0.hasSuffix(" matching")
            })
    }

    @Test func aMalformedSelectorIsAUsageErrorWithACaret() throws {
        let result = try CLIRunner.run(["dom", Self.page, "--select", "div >> p"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("Error: expected ") == true)
        #expect(lines[1] == "--> selector:1:6")
        #expect(lines[2] == "div >> p")
        #expect(lines[3] == "     ^")
        #expect(lines[4].hasPrefix("Usage: threadscan dom "))
    }

    @Test func readsStandardInputAndReportsMissingFiles() throws {
        let html = Data("<!DOCTYPE html><p>one<p>two".utf8)
        let result = try CLIRunner.run(["dom", "-", "-f", "count"], stdin: html)
        #expect(result.status == 0)
        #expect(result.stdout == "-: 9 nodes, 5 elements, 2 text nodes\n")
        let missing = try CLIRunner.run(["dom", "no-such-page.html", "-", "-f", "count"], stdin: html)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("Error: "))
        #expect(missing.stdout == "-: 9 nodes, 5 elements, 2 text nodes\n")
    }

    @Test func anMHTMLFileGivesItsMainPart() throws {
        let page = """
            MIME-Version: 1.0\r
            Content-Type: multipart/related; boundary="b"\r
            \r
            --b\r
            Content-Type: text/html; charset=windows-1252\r
            Content-Transfer-Encoding: 8bit\r
            \r
            <html><body><h1>Caf\u{E9}</h1>\r
            <p class=post>Felt lasts ten years.</p></body></html>\r
            --b--\r

            """
        var bytes = Array(page.utf8)
        // The é as windows-1252, one byte.
        let e = try #require(bytes.firstIndex(of: 0xC3))
        bytes.replaceSubrange(e...(e + 1), with: [0xE9])
        let result = try CLIRunner.run(["dom", "-", "-f", "outline", "-s", "h1, p.post"], stdin: Data(bytes))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "8:13 <h1> Café\n9:1 <p class=\"post\"> Felt lasts ten years.\n")
        let tree = try CLIRunner.run(["dom", "-"], stdin: Data(bytes))
        #expect(tree.stdout.contains("|       \"Café\""))
    }

    @Test func helpDescribesTheCommand() throws {
        let result = try CLIRunner.run(["dom", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("--select <selector>"))
        #expect(try CLIRunner.run(["help", "dom"]).stdout == result.stdout)
    }
}
