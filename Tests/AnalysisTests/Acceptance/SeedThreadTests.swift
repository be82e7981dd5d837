import Foundation
import Testing

@testable import Analysis

/// The acceptance checks on the study seed of a copied forum thread, when
/// `../shared/seeds` is present beside the package; skipped otherwise. Posts are cut at the
/// "Posted" lines, reactions ("  • Like 1") end a post, and a quote (the "… said:" line and the
/// quoted post's lines) is removed so that only each post's own words are scored.
@Suite struct SeedThreadTests {
    static let seed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds/002_af2b37a94269e24b.txt")

    static var posts: [String]? {
        guard let text = try? String(contentsOf: seed, encoding: .utf8) else { return nil }
        var posts: [String] = []
        for block in text.components(separatedBy: "\nPosted\n").dropFirst() {
            var lines: [String] = []
            for line in block.components(separatedBy: "\n") {
                if line.hasPrefix("  •") { break }
                if line.hasSuffix(" said:") { continue }
                if let previous = posts.last, !line.trimmingCharacters(in: .whitespaces).isEmpty,
                    previous.contains(line.trimmingCharacters(in: .whitespaces))
                {
                    continue
                }
                lines.append(line)
            }
            posts.append(lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return posts
    }

    static let analyzer = LexiconCaseTests.runner.analyzer

    @Test(.enabled(if: posts != nil, "../shared/seeds is absent"))
    func theNewsReportScoresNoneAndTheRepliesAtLeastLowAtThirdParties() throws {
        let posts = try #require(Self.posts)
        try #require(posts.count >= 4)
        #expect(Self.analyzer.analyze(posts[0]).incivility.severity == .none)
        for (index, post) in posts[1...3].enumerated() {
            let result = Self.analyzer.analyze(post, context: .init(parentText: posts[index])).incivility
            #expect(result.severity >= .low, "post \(index + 1)")
            #expect(result.target == .thirdParty, "post \(index + 1)")
        }
    }

    @Test(.enabled(if: posts != nil, "../shared/seeds is absent"))
    func replyStances() throws {
        let posts = try #require(Self.posts)
        #expect(Self.analyzer.analyze(posts[2], context: .init(parentText: posts[1])).replyStance?.stance == .support)
        #expect(Self.analyzer.analyze(posts[3], context: .init(parentText: posts[2])).replyStance?.stance == .deny)
    }
}
