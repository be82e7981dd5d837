import Foundation
import TestSupport
import Testing

/// Adversarial inputs at two sizes, four times apart: the CPU time may grow about four times,
/// never sixteen (which a quadratic step would give). CPU time of the process alone, the best
/// of two runs, start-up subtracted; no wall-clock limit. The smaller input takes well over a
/// second of work in a debug build, so that start-up and the shared machine's noise do not
/// decide the ratio.
@Suite(.serialized) struct LinearGrowthTests {
    /// The most a 4× larger input may cost, relative to the smaller one.
    static let limit = 8.0

    /// Random capitalised names joined by "and", after a title line: the main-target finder's worst case.
    static func names(_ count: Int) -> [UInt8] {
        var random = SplitMix64(seed: 1)
        let consonants = Array("bcdfghjklmnpqrstvwxz".utf8)
        let vowels = Array("aeiou".utf8)
        var words: [String] = []
        for _ in 0..<count {
            var word: [UInt8] = []
            for _ in 0..<3 {
                word.append(consonants.randomElement(using: &random)!)
                word.append(vowels.randomElement(using: &random)!)
            }
            word[0] -= 32
            words.append(String(decoding: word, as: UTF8.self))
        }
        return Array("T\n\n\(words.joined(separator: " and "))\n".utf8)
    }

    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
    }

    /// A phpBB-shaped copied thread of `count` posts by one author, each @mentioning and quoting others.
    static func postsByOneAuthor(_ count: Int) -> [UInt8] {
        var text = "Board index\nForum\nA long topic\n\n"
        for index in 0..<count {
            text += "same_author\nPosts: 10\n\nRe: A long topic\n"
            text += "Post by same_author » Tue Jan 14, 2025 3:\(10 + index % 50) pm\n\n"
            text += "same_author wrote: ↑\nTue Jan 14, 2025 3:05 pm\nreply number \(index / 2) here\n\n"
            text += "@same_author @user\(index % 97) reply number \(index) here, you idiot\nTop\n"
        }
        return Array(text.utf8)
    }

    @Test func manyDistinctNames() throws {
        let ratio = try CPUTimedRun.growth(small: Self.names(16_000), large: Self.names(64_000), fileExtension: "txt")
        #expect(ratio < Self.limit, "4× the names cost \(ratio)×")
    }

    @Test func randomBytesAsHTML() throws {
        let ratio = try CPUTimedRun.growth(
            small: Self.randomBytes(100_000, seed: 2), large: Self.randomBytes(400_000, seed: 2), fileExtension: "html")
        #expect(ratio < Self.limit, "4× the bytes cost \(ratio)×")
    }

    @Test func randomBytesAsText() throws {
        let ratio = try CPUTimedRun.growth(
            small: Self.randomBytes(100_000, seed: 3), large: Self.randomBytes(400_000, seed: 3), fileExtension: "txt")
        #expect(ratio < Self.limit, "4× the bytes cost \(ratio)×")
    }

    @Test func postsByOneAuthorWithQuotesAndMentions() throws {
        let ratio = try CPUTimedRun.growth(
            small: Self.postsByOneAuthor(1_000), large: Self.postsByOneAuthor(4_000), fileExtension: "txt")
        #expect(ratio < Self.limit, "4× the posts cost \(ratio)×")
    }
}
