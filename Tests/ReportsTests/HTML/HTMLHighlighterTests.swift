import TestSupport
import Testing

@testable import Reports

@Suite struct HTMLHighlighterTests {
    private typealias Span = HTMLHighlighter.Span

    @Test func marksASpanAndEscapesAroundAndInsideIt() {
        let text = "a <b> you idiot & co"
        let html = HTMLHighlighter(text: text).html(marking: [Span(start: 10, end: 15, label: "insult \"x\"")])
        #expect(html == "a &lt;b&gt; you <mark title=\"insult &quot;x&quot;\">idiot</mark> &amp; co")
    }

    @Test func widensASpanThatSplitsACharacter() {
        let text = "café 👩🏽‍🚀 ok"
        let highlighter = HTMLHighlighter(text: text)
        // "é" is bytes 3..<5; the astronaut is one grapheme of 15 bytes from 6.
        #expect(highlighter.ranges(for: [Span(start: 4, end: 5, label: "e")]).map { [$0.start, $0.end] } == [[3, 5]])
        #expect(
            highlighter.ranges(for: [Span(start: 9, end: 12, label: "a")]).map { [$0.start, $0.end] } == [[6, 21]])
        #expect(
            highlighter.html(marking: [Span(start: 4, end: 4 + 4, label: "x")]) == "caf<mark title=\"x\">é 👩🏽‍🚀</mark> ok")
    }

    @Test func clampsAndDropsBadOffsets() {
        let highlighter = HTMLHighlighter(text: "short")
        let ranges = highlighter.ranges(for: [
            Span(start: -4, end: 2, label: "negative"), Span(start: 3, end: 99, label: "past the end"),
            Span(start: 4, end: 1, label: "reversed"), Span(start: 99, end: 120, label: "outside"),
            Span(start: Int.min, end: Int.min, label: "empty"),
        ])
        #expect(
            ranges == [
                HTMLHighlighter.MarkedRange(start: 0, end: 2, labels: ["negative"]),
                HTMLHighlighter.MarkedRange(start: 3, end: 5, labels: ["past the end"]),
            ])
    }

    @Test func mergesOverlappingSpansAndKeepsEveryLabelOnce() {
        let highlighter = HTMLHighlighter(text: "you absolute clown")
        let ranges = highlighter.ranges(for: [
            Span(start: 4, end: 18, label: "name-calling"), Span(start: 13, end: 18, label: "insult"),
            Span(start: 4, end: 12, label: "name-calling"), Span(start: 0, end: 3, label: "target"),
        ])
        #expect(
            ranges == [
                HTMLHighlighter.MarkedRange(start: 0, end: 3, labels: ["target"]),
                HTMLHighlighter.MarkedRange(start: 4, end: 18, labels: ["name-calling", "insult"]),
            ])
        #expect(
            highlighter.html(marking: [Span(start: 0, end: 3, label: "a"), Span(start: 1, end: 2, label: "b")])
                == "<mark title=\"a&#10;b\">you</mark> absolute clown")
    }

    @Test func anEntryOutranksARuleWhereTheyOverlap() {
        let highlighter = HTMLHighlighter(text: "you clown, really")
        let html = highlighter.html(marking: [
            Span(start: 0, end: 3, label: "target", emphasis: .rule), Span(start: 4, end: 9, label: "insult"),
            Span(start: 4, end: 9, label: "booster", emphasis: .rule),
        ])
        #expect(
            html
                == "<mark class=\"rule\" title=\"target\">you</mark> <mark title=\"insult&#10;booster\">clown</mark>, really"
        )
    }

    @Test func emptyTextHasNothingToMark() {
        #expect(HTMLHighlighter(text: "").html(marking: [Span(start: 0, end: 5, label: "x")]) == "")
    }

    /// On random text and random spans, the text survives whole and every mark is whole characters,
    /// sorted, disjoint, and covers each valid span.
    @Test func randomSpansNeverLoseOrSplitText() {
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", "b", " ", "é", "東", "👍🏽", "🇫🇷", "<", "&", "e\u{301}", "\n"]
        for _ in 0..<300 {
            let text = (0..<Int(generator.next() % 20)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            .joined()
            let length = text.utf8.count
            let spans = (0..<Int(generator.next() % 5)).map { number in
                Span(
                    start: Int(generator.next() % UInt64(length + 6)) - 3,
                    end: Int(generator.next() % UInt64(length + 6)) - 3, label: "s\(number)"
                )
            }
            let highlighter = HTMLHighlighter(text: text)
            let ranges = highlighter.ranges(for: spans)
            var boundaries = Set([0])
            var offset = 0
            for character in text {
                offset += character.utf8.count
                boundaries.insert(offset)
            }
            for (index, range) in ranges.enumerated() {
                #expect(boundaries.contains(range.start) && boundaries.contains(range.end) && range.start < range.end)
                if index > 0 { #expect(ranges[index - 1].end <= range.start) }
            }
            for span in spans {
                let low = min(max(span.start, 0), length)
                let high = min(max(span.end, 0), length)
                guard low < high else { continue }
                #expect(ranges.contains { $0.start <= low && high <= $0.end && $0.labels.contains(span.label) })
            }
            let html = highlighter.html(marking: spans)
            let stripped = Self.removingMarks(html)
            #expect(HTMLEscaperTests.unescape(stripped) == text)
        }
    }

    private static func removingMarks(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<mark") {
            out += rest[..<open.lowerBound]
            rest = rest[open.upperBound...]
            if let close = rest.firstIndex(of: ">") { rest = rest[rest.index(after: close)...] }
        }
        out += rest
        return out.replacingOccurrences(of: "</mark>", with: "")
    }
}
