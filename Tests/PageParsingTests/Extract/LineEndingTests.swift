import PageParsing
import TestSupport
import Testing
import ThreadModel

@Suite struct LineEndingTests {
    static let page =
        "Jump to content\n\nShed roof felt: torch-on or nail-down?\n\nRecommended Posts\n\nPosted\n\nTorch-on lasts longer but needs a qualified fitter.\n\u{A0}\u{A0}\n  \u{2022} Like 2\nPosted\n\nNail-down is fine for a small shed.\n"

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndingsDoNotChangeTheParse(_ ending: String) {
        let text = Self.page.replacingOccurrences(of: "\n", with: ending)
        let thread = FixtureFiles.parser.parse(Array(text.utf8), source: "-")
        #expect(thread.platform == "invision")
        #expect(thread.title == "Shed roof felt: torch-on or nail-down?")
        #expect(
            thread.posts.map(\.body) == [
                "Torch-on lasts longer but needs a qualified fitter.", "Nail-down is fine for a small shed.",
            ])
        #expect(thread.posts[0].reactions == [Reaction(name: "Like", count: 2)])
        #expect(thread.segments.map(\.span.lineStart) == [1, 3, 5, 7, 9, 11, 12, 14])
        #expect(Lossless.problems(in: thread, text: text) == [])
    }

    @Test func noBreakSpaceLinesAreBlank() {
        let text = "Posted\n\u{A0}\nFirst paragraph.\n\u{A0} \u{202F}\nSecond paragraph.\nPosted\nReply."
        let thread = FixtureFiles.parser.parse(Array(text.utf8), source: "-", platform: "invision")
        #expect(thread.posts[0].body == "First paragraph.\n\nSecond paragraph.")
    }
}
