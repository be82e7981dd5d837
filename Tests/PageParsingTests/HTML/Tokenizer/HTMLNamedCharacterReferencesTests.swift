import Foundation
import Testing

@testable import PageParsing

/// The generated named character reference table: fresh, and looked up the way the spec reads.
@Suite struct HTMLNamedCharacterReferencesTests {
    /// The command that regenerates the table, run from the repository root.
    static let command =
        "python3 Scripts/generate-html-entities.py > Sources/PageParsing/HTML/Tokenizer/HTMLNamedCharacterReferences.swift"
    /// The generator script.
    static let script = FixtureFiles.packageRoot.appendingPathComponent("Scripts/generate-html-entities.py")
    /// The committed table.
    static let table = FixtureFiles.packageRoot
        .appendingPathComponent("Sources/PageParsing/HTML/Tokenizer/HTMLNamedCharacterReferences.swift")
    /// Where python3 is, or `nil` (the staleness test is then skipped).
    static let python: URL? = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    @Test(.enabled(if: python != nil, "python3 is not on PATH"))
    func generatedTableIsFresh() throws {
        guard let python = Self.python else { return }
        let process = Process()
        process.executableURL = python
        process.arguments = [Self.script.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let generated = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the generator failed")
        let committed = try Data(contentsOf: Self.table)
        #expect(generated == committed, "HTMLNamedCharacterReferences.swift is stale; regenerate with: \(Self.command)")
    }

    @Test func tableHoldsEveryName() {
        #expect(HTMLNamedCharacterReferences.entries.count == HTMLNamedCharacterReferences.count)
        #expect(HTMLNamedCharacterReferences.count == 2231)
        let last = HTMLNamedCharacterReferences.entries.last!
        let namesLength = Int(last & 0xFFFF) + Int(last >> 16 & 0x3F)
        #expect(namesLength == HTMLNamedCharacterReferences.names.utf8CodeUnitCount)
    }

    func match(_ text: String) -> HTMLNamedCharacterReferences.Match? {
        Array(text.utf8).withUnsafeBufferPointer { HTMLNamedCharacterReferences.longestMatch(in: $0, from: 0) }
    }

    @Test func longestNameWins() {
        #expect(match("amp;x") == .init(length: 4, first: 0x26, second: 0, endsWithSemicolon: true))
        #expect(match("ampx") == .init(length: 3, first: 0x26, second: 0, endsWithSemicolon: false))
        #expect(match("notin;") == .init(length: 6, first: 0x2209, second: 0, endsWithSemicolon: true))
        #expect(match("notit;") == .init(length: 3, first: 0xAC, second: 0, endsWithSemicolon: false))
        #expect(match("NotEqualTilde;") == .init(length: 14, first: 0x2242, second: 0x338, endsWithSemicolon: true))
        #expect(match("CounterClockwiseContourIntegral;")?.length == 32)
        #expect(match("xyzzy;") == nil)
        #expect(match(";") == nil)
    }
}
