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
        let (pages, errors) = ScanPaths.pages([root.path, "-", root.appendingPathComponent("missing").path])
        let names = pages.map { $0.path == "-" ? "-" : String($0.path.dropFirst(root.path.count).drop { $0 == "/" }) }
        #expect(names == ["t/page1.htm", "t/page2.txt", "t/page10.txt", "t/sub/x.MHTML", "z.mht", "-"])
        #expect(pages.first?.folder == root.appendingPathComponent("t").path)
        #expect(pages.first?.path == root.appendingPathComponent("t/page1.htm").path, "no doubled slash")
        #expect(errors == [.notFound(path: root.appendingPathComponent("missing").path)])
    }

    @Test func pagesInOneFolderWithTheSameTitleAreOneThread() {
        let pages = [
            ScanPaths.Page(path: "d/a1.txt", folder: "d"), ScanPaths.Page(path: "d/b1.txt", folder: "d"),
            ScanPaths.Page(path: "d/a2.txt", folder: "d"), ScanPaths.Page(path: "d/untitled.txt", folder: "d"),
            ScanPaths.Page(path: "e/a3.txt", folder: "e"), ScanPaths.Page(path: "given.txt", folder: nil),
        ]
        let titles: [String: (platform: String, title: String?)] = [
            "d/a1.txt": ("invision", "Thread A"), "d/b1.txt": ("invision", "Thread B"),
            "d/a2.txt": ("invision", "Thread A"),
            "d/untitled.txt": ("news", nil), "e/a3.txt": ("invision", "Thread A"),
            "given.txt": ("invision", "Thread A"),
        ]
        let threads = ScanPaths.threads(pages, merge: false) { titles[$0] }
        #expect(
            threads.map(\.pages) == [
                ["d/a1.txt", "d/a2.txt"], ["d/b1.txt"], ["d/untitled.txt"], ["e/a3.txt"], ["given.txt"],
            ])
        #expect(ScanPaths.threads(pages, merge: true) { titles[$0] }.map(\.pages) == [pages.map(\.path)])
        #expect(ScanPaths.threads([], merge: true) { titles[$0] }.isEmpty)
    }
}
