import Analysis
import Testing

@testable import Reports

/// In text and Markdown, a bidirectional control from the page is shown as a visible marker and
/// never written raw.
@Suite struct BidiMarkerTests {
    @Test func textAndMarkdownShowMarkersInsteadOfTheControls() {
        let report = HTMLGlanceTests.hostileBidi()
        let text = TextReporter().report([report])
        let markdown = MarkdownReporter().report([report])
        for (name, output) in [("text", text), ("md", markdown)] {
            #expect(!output.unicodeScalars.contains { BidiControl.marker($0) != nil }, "\(name) holds a raw control")
        }
        #expect(text.contains("Fair [RLO]question") && text.contains("ben[RLO]"))
        #expect(markdown.contains("Fair \\[RLO\\]question") && markdown.contains("ben\\[RLO\\]"))
        #expect(markdown.contains("```text\n") && markdown.contains("ana[RLO]"), "the tree block shows them too")
    }

    @Test func everyBidiControlHasAMarker() {
        let controls: [UInt32] = [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in controls {
            #expect(BidiControl.marker(Unicode.Scalar(value)!) != nil, "U+\(String(value, radix: 16))")
        }
        #expect(BidiControl.marker("a") == nil && BidiControl.marker("\u{05D0}") == nil, "letters are not controls")
        #expect(MarkdownEscaper.code("a\u{2067}b") == "a[RLI]b")
    }
}
