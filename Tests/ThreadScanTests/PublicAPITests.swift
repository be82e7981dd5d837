import Foundation
import TestSupport
import Testing

/// The library's public surface, as a file a reviewer reads: every `public` declaration in
/// `Sources/`, file by file. A declaration made public (or no longer public) changes the list, so
/// the change to what a Swift user may call is a deliberate, reviewed step, not a side effect.
@Suite struct PublicAPITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/public-api.txt")

    /// The first line of each `public` declaration (comments skipped), under its file's path.
    static func publicDeclarations() throws -> String {
        let sources = packageRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        let files = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        var out = ""
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let declarations = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
                line -> String? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("public ") || trimmed.hasPrefix("@_exported import ") else { return nil }
                return trimmed.hasSuffix(" {") ? String(trimmed.dropLast(2)) : trimmed
            }
            guard !declarations.isEmpty else { continue }
            out += "# Sources/\(file)\n" + declarations.map { $0 + "\n" }.joined()
        }
        return out
    }

    @Test func thePublicSurfaceIsTheReviewedOne() throws {
        let message = try GoldenText.mismatch(
            Self.publicDeclarations(), golden: Self.golden,
            rerecord: "THREADSCAN_RECORD=1 swift test --filter PublicAPITests, after deciding that a Swift user calls it")
        #expect(message == nil, "\(message ?? "")")
    }

    @Test func onlyTheLibrarysTargetsArePublic() throws {
        let listed = try Self.publicDeclarations().split(separator: "\n").filter { $0.hasPrefix("# ") }
        let targets = Set(listed.map { $0.dropFirst("# Sources/".count).prefix { $0 != "/" } })
        #expect(targets.isSubset(of: ["ThreadModel", "Lexicon", "PageParsing", "Analysis", "Reports", "ThreadScan"]))
    }
}
