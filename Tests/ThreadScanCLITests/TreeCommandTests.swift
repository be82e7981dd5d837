import Foundation
import Testing

@Suite struct TreeCommandTests {
    @Test func theExampleTreeIsDrawnWithEdgesAndLatency() throws {
        let result = try CLIRunner.run(["tree", ScanCommandTests.example])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(
            lines[0]
                == "Council votes to close Eastside library branch after budget shortfall — Examples/invision-thread.txt"
        )
        #expect(lines[1].hasPrefix("#1 (no name) [ok] The city council voted"))
        #expect(lines[2].hasPrefix("└─ #2 (no name) "))
        #expect(lines[3].hasPrefix("   └─ #3 harbourwatcher ↑ ["))
        #expect(lines[3].hasSuffix("(cue 0.50)"))
        #expect(lines[4].hasPrefix("      └─ #4 millstream_jo ↓ [ok] "))
        #expect(lines[4].hasSuffix("(quote 0.95, 12 min)"))
        // An attack on the participant alone is no longer a denial (measured right 14 % of the time).
        #expect(lines[5].hasPrefix("         └─ #5 harbourwatcher · [HIGH] "))
        #expect(lines[6].hasPrefix("            └─ #6 millstream_jo ↓ [MED] "))
        #expect(lines[6].hasSuffix("(quote 0.95, 2 min)"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func severalThreadsAreSeparatedAndAMissingOneFails() throws {
        let page1 = ScanCommandTests.nightbus.appendingPathComponent("page1.txt").path
        let result = try CLIRunner.run(["tree", page1, "missing.txt", ScanCommandTests.example])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: missing.txt: no such file or folder"))
        #expect(result.stdout.components(separatedBy: "\n\n").count == 2)
        #expect(result.stdout.contains("└─ #2 ben_r "))
        #expect(result.stdout.contains("(cue 0.50)\n\nCouncil votes"))
    }
}
