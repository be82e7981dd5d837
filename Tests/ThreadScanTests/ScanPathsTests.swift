import Foundation
import Testing

@testable import ThreadScan

@Suite struct ScanPathsTests {
    /// A fresh folder of empty files at `paths`, removed by the caller.
    static func folder(_ paths: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadscan-paths-\(UUID().uuidString)")
        for path in paths {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: url)
        }
        return root
    }

    @Test func foldersAreSearchedRecursivelyForSavedPagesInNaturalOrder() throws {
        let root = try Self.folder([
            "t/page10.txt", "t/page2.txt", "t/page1.htm", "t/notes.md", "t/.hidden.txt", "t/sub/x.MHTML", ".git/y.html",
            "z.mht",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (pages, errors, skipped) = ScanPaths.pages([root.path, "-", root.appendingPathComponent("missing").path])
        let names = pages.map { $0.path == "-" ? "-" : String($0.path.dropFirst(root.path.count).drop { $0 == "/" }) }
        #expect(names == ["t/page1.htm", "t/page2.txt", "t/page10.txt", "t/sub/x.MHTML", "z.mht", "-"])
        #expect(pages.first?.folder == root.appendingPathComponent("t").path)
        #expect(pages.first?.path == root.appendingPathComponent("t/page1.htm").path, "no doubled slash")
        #expect(errors == [.notFound(path: root.appendingPathComponent("missing").path)])
        #expect(skipped == ["\(root.path)/t/.hidden.txt: hidden; skipped"])
    }

    @Test func linksAreFollowedOnceAndEverySkipIsSaid() throws {
        let root = try Self.folder(["saved/a.txt", "elsewhere/b.html"])
        defer { try? FileManager.default.removeItem(at: root) }
        let saved = root.appendingPathComponent("saved")
        let files = FileManager.default
        try files.createSymbolicLink(
            atPath: saved.appendingPathComponent("b.html").path, withDestinationPath: "../elsewhere/b.html")
        try files.createSymbolicLink(
            atPath: saved.appendingPathComponent("again.txt").path, withDestinationPath: "a.txt")
        try files.createSymbolicLink(atPath: saved.appendingPathComponent("loop").path, withDestinationPath: ".")
        try files.createSymbolicLink(
            atPath: saved.appendingPathComponent("gone.htm").path, withDestinationPath: "nowhere")
        #expect(mkfifo(saved.appendingPathComponent("pipe.html").path, 0o600) == 0)
        try Data("<html><head>\(ReportSignature.htmlGenerator)</head></html>".utf8).write(
            to: saved.appendingPathComponent("report.html"))
        try Data("Title\n\n\(ReportSignature.textFooter)\n".utf8).write(to: saved.appendingPathComponent("report.txt"))
        try Data("{\"schema\":\"threadscan.report/1\"}".utf8).write(to: saved.appendingPathComponent("r.txt"))
        let (pages, errors, skipped) = ScanPaths.pages([saved.path])
        #expect(errors.isEmpty)
        #expect(pages.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "b.html"])
        let reasons = skipped.map { String($0.dropFirst(saved.path.count + 1)) }
        #expect(
            reasons == [
                "again.txt: the same file as \(saved.path)/a.txt; skipped",
                "gone.htm: a link that leads nowhere (No such file or directory); skipped",
                "pipe.html: not a regular file (a FIFO, socket or device); skipped",
                "r.txt: a threadscan report, not a saved page; skipped",
                "report.html: a threadscan report, not a saved page; skipped",
                "report.txt: a threadscan report, not a saved page; skipped",
                "loop: a link back to a folder already searched; skipped",
            ])
    }

    @Test func pagesAreGroupedWithinRunsOfOneFolderOrOfFilesGivenByName() {
        let pages = [
            ScanPaths.Page(path: "d/a1.txt", folder: "d"), ScanPaths.Page(path: "d/b1.txt", folder: "d"),
            ScanPaths.Page(path: "e/a3.txt", folder: "e"), ScanPaths.Page(path: "given.txt", folder: nil),
            ScanPaths.Page(path: "other.txt", folder: nil), ScanPaths.Page(path: "-", folder: nil),
        ]
        #expect(
            ScanPaths.units(pages, merge: false).map { $0.map(\.path) } == [
                ["d/a1.txt", "d/b1.txt"], ["e/a3.txt"], ["given.txt", "other.txt"], ["-"],
            ])
        #expect(ScanPaths.units(pages, merge: true).map { $0.map(\.path) } == [pages.map(\.path)])
        #expect(ScanPaths.units([], merge: true).isEmpty)
    }
}
