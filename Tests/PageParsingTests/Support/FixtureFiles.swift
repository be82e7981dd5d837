import Foundation
import Lexicon
import PageParsing
import ThreadModel

/// Paths to the fixtures, the examples and the shared seeds, found from this file's location.
enum FixtureFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let seedsFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// The fixture at `path` under `Tests/PageParsingTests/Fixtures`.
    static func url(_ path: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// Every page fixture (`.txt`) under Fixtures/, and the pages in Examples/.
    static var allPages: [URL] {
        var urls: [URL] = []
        for folder in [testsFolder.appendingPathComponent("Fixtures"), packageRoot.appendingPathComponent("Examples")] {
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "txt" { urls.append(url) }
            }
        }
        return urls.sorted { $0.path < $1.path }
    }

    /// The seed at `name` in ../shared/seeds, or `nil` when that folder is absent.
    static func seed(_ prefix: String) -> URL? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seedsFolder.path) else { return nil }
        return names.first { $0.hasPrefix(prefix) }.map { seedsFolder.appendingPathComponent($0) }
    }

    /// The parser with the lexicons in the package's Lexicons/ folder.
    static let parser: PageParser = {
        do {
            return try PageParser(
                lexicons: LexiconBundle.load(directory: packageRoot.appendingPathComponent("Lexicons").path))
        } catch {
            fatalError("the package's lexicons do not load: \(error)")
        }
    }()

    /// Parses the file at `url`, naming it by its path relative to the package.
    static func parse(_ url: URL, platform: String? = nil) throws -> DiscussionThread {
        let bytes = [UInt8](try Data(contentsOf: url))
        var name = url.path
        if name.hasPrefix(packageRoot.path + "/") { name.removeFirst(packageRoot.path.count + 1) }
        return parser.parse(bytes, source: name, platform: platform)
    }
}
