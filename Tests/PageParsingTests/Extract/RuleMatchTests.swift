import Lexicon
@testable import PageParsing
import Testing

/// A rule's match keeps its slots as ranges of the line's key and reads the values back from the
/// key, whether the key is a slice of the page (a folded line) or of the folded keys' buffer.
@Suite struct RuleMatchTests {
    static let matcher = PatternMatcher(vocabulary: try! PlatformLexicon(bundle: .defaults).vocabulary)

    /// The match of `pattern` on line `line` of `text`, with the text's lines.
    static func match(_ pattern: String, line: Int, of text: String) throws -> (RuleMatch, SourceLines) {
        let rule = ProfileRule(kind: .reaction, pattern: try LinePattern(pattern), name: "likes", origin: "test:1")
        let lines = LineSplitter.split(Array(text.utf8))
        let key = try #require(lines.key(line))
        let captures = try #require(matcher.match(0, of: CompiledRules([rule]), key))
        return (RuleMatch(rule: rule, line: line, captures: captures), lines)
    }

    @Test(arguments: ["Liked by alice and bob • 12 more", "  Liked   by\talice and bob •  12 more  "])
    func valuesAreReadFromTheKey(_ line: String) throws {
        let (match, lines) = try Self.match("Liked by {names} • {count} more", line: 1, of: "first line\n\(line)\n")
        #expect(match.value(.names, in: lines) == "alice and bob")
        #expect(match.bytes(.count, in: lines).flatMap(PatternMatcher.count) == 12)
        #expect(match.value(.author, in: lines) == nil)
        #expect(match.name == "likes" && match.kind == .reaction && match.line == 1)
    }

    @Test func anEmptyCaptureIsAValue() throws {
        let (match, lines) = try Self.match("Quote:{any}", line: 0, of: "Quote:\n")
        #expect(match.value(.any, in: lines) == "")
    }

    @Test func everySlotKeepsItsOwnRange() {
        var ranges = SlotRanges()
        let slots = LinePattern.Slot.allCases
        for (index, slot) in slots.enumerated() { ranges[slot] = (index * 50)..<(index * 50 + index) }
        for (index, slot) in slots.enumerated() { #expect(ranges[slot] == (index * 50)..<(index * 50 + index)) }
        ranges[.time] = nil
        #expect(ranges[.time] == nil && ranges[.author] == 0..<0 && ranges[.any] == 300..<306)
        ranges[.names] = SourceLine.maxKeyLength..<SourceLine.maxKeyLength
        #expect(ranges[.names] == SourceLine.maxKeyLength..<SourceLine.maxKeyLength)
    }
}
