import Foundation
import PageParsing
import TestSupport
import Testing
import ThreadModel

/// Mutated pages (bytes dropped, repeated, flipped; lines shuffled) must never crash the parser,
/// and the parse must stay lossless.
@Suite struct MutationPropertyTests {
    static func mutate(_ bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...12, using: &rng) where !result.isEmpty {
            let position = Int.random(in: 0..<result.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: result.remove(at: position)
            case 1: result.insert(UInt8.random(in: 0...255, using: &rng), at: position)
            case 2: result[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
            case 3:
                let end = min(result.count, position + Int.random(in: 1...200, using: &rng))
                result.insert(contentsOf: result[position..<end], at: position)
            default:
                let end = min(result.count, position + Int.random(in: 1...400, using: &rng))
                result.removeSubrange(position..<end)
            }
        }
        return result
    }

    @Test(arguments: FixtureFiles.allPages)
    func mutatedPagesParseLosslessly(_ url: URL) throws {
        let original = [UInt8](try Data(contentsOf: url))
        var rng = SplitMix64(seed: UInt64(original.count))
        for round in 0..<40 {
            let mutated = Self.mutate(original, using: &rng)
            let thread = FixtureFiles.parser.parse(mutated, source: "mutant")
            let text = TextDecoder.decode(mutated).text
            let problems = Lossless.problems(in: thread, text: text)
            #expect(problems == [], "\(url.lastPathComponent) round \(round)")
            if !problems.isEmpty { return }
        }
    }

    @Test func shuffledLinesParseLosslessly() throws {
        var rng = SplitMix64(seed: 7)
        for url in FixtureFiles.allPages {
            let text = try String(contentsOf: url, encoding: .utf8)
            for _ in 0..<5 {
                let shuffled = text.split(separator: "\n", omittingEmptySubsequences: false).shuffled(using: &rng)
                    .joined(separator: "\n")
                let thread = FixtureFiles.parser.parse(Array(shuffled.utf8), source: "shuffled")
                #expect(Lossless.problems(in: thread, text: shuffled) == [], "\(url.lastPathComponent)")
            }
        }
    }

    @Test func everyPlatformProfileIsLosslessOnEveryPage() throws {
        for url in FixtureFiles.allPages {
            let text = try String(contentsOf: url, encoding: .utf8)
            for platform in FixtureFiles.parser.platforms {
                let thread = try FixtureFiles.parse(url, platform: platform)
                #expect(Lossless.problems(in: thread, text: text) == [], "\(url.lastPathComponent) as \(platform)")
            }
        }
    }
}
