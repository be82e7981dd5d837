import Foundation
import TestSupport
import Testing

/// Peak resident memory of `scan` on a copied thread at two sizes, four times apart, measured by
/// `wait4` of the child (no timing), in every report format: the peak may grow no faster than the
/// input, and each byte more of input may cost at most `bytesPerInputByte` bytes more of memory.
/// In a release build a scan to JSON holds about 18 bytes per input byte above start-up (the
/// thread, its analysis and a 64 KiB piece of the report; 140 when the report was held whole as a
/// tree, bytes and a `String`); text, Markdown and HTML are written in 64 KiB pieces the same
/// way. Start-up is the least of three runs on an empty page; its peak, which varies by a few
/// megabytes, can hide the smaller scan, so the growth is read between the two sizes.
@Suite(.serialized) struct MemoryGrowthTests {
    /// The most memory one more byte of input may cost between the two sizes.
    static let bytesPerInputByte = 40.0

    /// An Invision-shaped thread copied as text: posts by a few dozen members, some quoting the
    /// post before, some with reactions, a few uncivil.
    static func copiedThread(posts: Int) -> [UInt8] {
        var random = SplitMix64(seed: 7)
        let names = (0..<40).map { "member_\($0 * 37 % 101)" }
        let words = """
            the council library budget garage bus route homework club kids parents vote survey branch \
            money grant state plan meeting Tuesday programme collection central street closure really \
            honestly maybe agree wrong idiot clueless pathetic liar great thanks question answer
            """.split(separator: " ").map(String.init)
        func sentence() -> String {
            (0..<Int.random(in: 8...30, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: " ") + "."
        }
        var text = "Jump to content\n\nCouncil votes to close the Eastside branch\n\n\nRecommended Posts\n\n"
        var previous = (name: names[0], body: sentence())
        for index in 0..<posts {
            let name = names.randomElement(using: &random)!
            let body = (0..<Int.random(in: 1...4, using: &random)).map { _ in sentence() }.joined(separator: "\n\n")
            text += "Posted\n"
            if index > 0, Int.random(in: 0..<3, using: &random) == 0 {
                text += "\(1 + index % 50) minutes ago, \(previous.name) said:\n\n\(previous.body)\n\n"
            }
            text += "\(body)\n\n"
            if Int.random(in: 0..<4, using: &random) == 0 { text += "  • Like \(1 + index % 5)\n" }
            text += "\(name)\n\n"
            previous = (name, body)
        }
        return Array(text.utf8)
    }

    /// The peak memory of a scan of `bytes` (as a `.txt` page) to `format`, in kilobytes.
    static func peak(_ bytes: [UInt8], in folder: URL, _ name: String, format: String) throws -> Int {
        let url = folder.appendingPathComponent("\(name).txt")
        try Data(bytes).write(to: url)
        return try CPUTimedRun.peakKilobytes(["scan", url.path, "--format", format, "--quiet"])
    }

    @Test(arguments: ["json", "text", "md", "html"])
    func peakMemoryGrowsNoFasterThanTheInput(format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-memory-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = Self.copiedThread(posts: 1_000)
        let large = Self.copiedThread(posts: 4_000)
        let base = try (0..<3).map { _ in try Self.peak([], in: folder, "empty", format: format) }.min()!
        let smallPeak = try Self.peak(small, in: folder, "small", format: format)
        let largePeak = try Self.peak(large, in: folder, "large", format: format)
        let inputRatio = Double(large.count) / Double(small.count)
        let ratio = Double(largePeak) / Double(smallPeak)
        #expect(
            ratio <= inputRatio,
            "\(format): peaks \(smallPeak) KB and \(largePeak) KB (start-up \(base) KB): \(ratio)× for \(inputRatio)× the input"
        )
        let marginal = Double(largePeak - smallPeak) * 1024 / Double(large.count - small.count)
        #expect(
            marginal <= Self.bytesPerInputByte,
            "\(format): \(large.count - small.count) bytes more input took \(largePeak - smallPeak) KB more memory: \(marginal) bytes a byte"
        )
        #expect(
            largePeak > base, "\(format): a scan of \(large.count) bytes should hold more than start-up (\(base) KB)")
    }
}
