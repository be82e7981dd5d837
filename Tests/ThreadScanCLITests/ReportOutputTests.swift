import Foundation
import Testing

/// `scan -o FILE`: written safely, never over an input, never half a report.
@Suite struct ReportOutputTests {
    static let example = CLIRunner.packageRoot.appendingPathComponent("Examples/invision-thread.txt")

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-out-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func refusesToWriteOverItsOwnInput() throws {
        let folder = try Self.scratch()
        let page = folder.appendingPathComponent("a.txt")
        try FileManager.default.copyItem(at: Self.example, to: page)
        let before = try Data(contentsOf: page)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: page)
        for arguments in [["scan", page.path, "-o", page.path], ["scan", link.path, "-o", page.path]] {
            let run = try CLIRunner.run(arguments)
            #expect(run.status == 64)
            #expect(run.stderr.contains("is one of the pages being read"))
            #expect(try Data(contentsOf: page) == before)
        }
    }

    @Test func writesThroughASymlinkAndKeepsHardLinks() throws {
        let folder = try Self.scratch()
        let report = folder.appendingPathComponent("r.json")
        try Data("old".utf8).write(to: report)
        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: report)
        #expect(try CLIRunner.run(["scan", Self.example.path, "-o", link.path, "-f", "json"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == report.path)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("threadscan.report/1"))
        let hard = folder.appendingPathComponent("hard.json")
        try FileManager.default.linkItem(at: report, to: hard)
        #expect(try CLIRunner.run(["scan", Self.example.path, "-o", hard.path, "-f", "csv"]).status == 0)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("source,title,post"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aDeviceIsWrittenDirectlyAndAFullDiskIsAnError() throws {
        let full = try CLIRunner.run(["scan", Self.example.path, "-o", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr.contains("Error: /dev/full: cannot write the report: No space left on device"))
        #expect(!full.stderr.contains("Fatal error"))
        #expect(try CLIRunner.run(["scan", Self.example.path, "-o", "/dev/null", "-f", "html"]).status == 0)
    }

    @Test func aKilledScanLeavesThePreviousReportWhole() throws {
        let folder = try Self.scratch()
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let page = try Data(contentsOf: Self.example)
        for index in 0..<400 { try page.write(to: pages.appendingPathComponent("thread\(index).txt")) }
        let report = folder.appendingPathComponent("report.jsonl")
        let previous = Data("{\"previous\":true}\n".utf8)
        try previous.write(to: report)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["scan", pages.path, "-f", "jsonl", "-o", report.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var sawTemporary = false
        for _ in 0..<2_000 where !sawTemporary && process.isRunning {
            sawTemporary = try FileManager.default.contentsOfDirectory(atPath: folder.path).contains {
                $0.hasSuffix(".tmp")
            }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(sawTemporary)
        #expect(try Data(contentsOf: report) == previous)
    }
}
