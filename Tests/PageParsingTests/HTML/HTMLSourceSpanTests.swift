import Foundation
import TestSupport
import Testing
import ThreadModel

@testable import PageParsing

/// The spans of an HTML or MHTML page's parse point into the file: checked losslessly on every
/// HTML fixture and on generated pages, and exactly on small pages.
@Suite struct HTMLSourceSpanTests {
    /// Every HTML fixture under Fixtures/html.
    static var htmlFixtures: [URL] {
        let folder = FixtureFiles.url("html")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func everyHTMLFixtureMapsLosslesslyIntoTheFile() throws {
        #expect(Self.htmlFixtures.count >= 2)
        for url in Self.htmlFixtures {
            let bytes = Array(try Data(contentsOf: url))
            Self.expectLosslessSpans(bytes, name: url.lastPathComponent)
        }
    }

    @Test func generatedPagesMapLosslesslyIntoTheFile() {
        var random = SplitMix64(seed: 0x7468_7265_6164)
        for page in 0..<60 {
            let html = Self.generatedPage(&random)
            Self.expectLosslessSpans(Array(html.utf8), name: "generated page \(page): \(html)")
        }
    }

    @Test func segmentSpansPointAtTheHTMLTheyCameFrom() throws {
        let url = FixtureFiles.url("html/invision-saved.html")
        let bytes = Array(try Data(contentsOf: url))
        let thread = FixtureFiles.parser.parse(bytes, source: url.path)
        let body = try #require(thread.segments.first { $0.kind == .body && $0.text.hasPrefix("Torch-on") })
        let html = String(decoding: bytes[body.span.byteStart..<body.span.byteEnd], as: UTF8.self)
        #expect(html.hasPrefix("Torch-on lasts longer"))
        #expect(html.hasSuffix("a small shed."))
        #expect(html.contains("</p>"), "the body's two paragraphs, with the markup between them")
        let lines = FileSpanMap.lineStarts(bytes[...])
        #expect(body.span.lineStart == lines.lastIndex { Int($0) <= body.span.byteStart }.map { $0 + 1 })
    }

    @Test func exactOffsetsThroughReferencesBreaksAndImages() {
        let html = "<!DOCTYPE html><title>t</title>\n<h1>Caf&eacute; roofs</h1>\n<div>Posted<br>one\r\ntwo</div>"
        let bytes = Array(html.utf8)
        let page = PageParser.read(bytes, format: .html)
        #expect(page.decoded.text == "Café roofs\nPosted\none two")
        let map = try! #require(page.fileSpans)
        func file(_ rendered: Range<Int>) -> String {
            let span = map.fileSpan(
                SourceSpan(lineStart: 0, lineEnd: 0, byteStart: rendered.lowerBound, byteEnd: rendered.upperBound))
            return String(decoding: bytes[span.byteStart..<span.byteEnd], as: UTF8.self)
        }
        #expect(file(0..<11) == "Caf&eacute; roofs")
        #expect(file(0..<3) == "Caf")
        #expect(file(12..<18) == "Posted")
        #expect(file(12..<22) == "Posted<br>one")
        #expect(file(19..<26) == "one\r\ntwo")
        let twoLines = map.fileSpan(SourceSpan(lineStart: 0, lineEnd: 0, byteStart: 19, byteEnd: 26))
        #expect((twoLines.lineStart, twoLines.lineEnd) == (3, 4))
    }

    @Test func windows1252AndByteOrderMarkPagesPointIntoTheFile() throws {
        let windows1252 =
            Array("<meta charset=windows-1252><p>Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8]
            + Array("me</p><p>next</p>".utf8)
        let page = PageParser.read(windows1252, format: .html)
        let map = try #require(page.fileSpans)
        #expect(page.decoded.text == "Café crème\n\nnext")
        let next = Array("Café crème\n\n".utf8).count
        let span = map.fileSpan(SourceSpan(lineStart: 0, lineEnd: 0, byteStart: next, byteEnd: next + 4))
        #expect(Array(windows1252[span.byteStart..<span.byteEnd]) == Array("next".utf8))

        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>a\u{0}b</p><p>c".utf8) + [0xFF] + Array("d</p>".utf8)
        let bomPage = PageParser.read(bom, format: .html)
        let bomMap = try #require(bomPage.fileSpans)
        let last = Array(bomPage.decoded.text.utf8).count
        let cd = bomMap.fileSpan(SourceSpan(lineStart: 0, lineEnd: 0, byteStart: last - 5, byteEnd: last))
        #expect(Array(bom[cd.byteStart..<cd.byteEnd]) == Array("c".utf8) + [0xFF] + Array("d".utf8))
    }

    @Test func verbatimMHTMLPartsPointIntoTheFileAndEncodedOnesSaySo() throws {
        let head =
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html; charset=utf-8\r\n"
        let body = "<html><body><h1>Shed roofs</h1>\r\n<p>Felt lasts ten years.</p></body></html>"
        let verbatim = Array((head + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n--x--\r\n").utf8)
        let thread = FixtureFiles.parser.parse(verbatim, source: "page.mhtml")
        let segment = try #require(thread.segments.last)
        #expect(segment.text.hasSuffix("Felt lasts ten years."))
        let html = String(decoding: verbatim[segment.span.byteStart..<segment.span.byteEnd], as: UTF8.self)
        #expect(html.hasSuffix("<p>Felt lasts ten years."))
        #expect(segment.span.lineEnd == 9)
        #expect(!thread.warnings.contains { $0.message == HTMLPage.Message.encodedPart })

        let encoded = Array(
            (head + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body + "\r\n--x--\r\n").utf8)
        let decodedThread = FixtureFiles.parser.parse(encoded, source: "page.mhtml")
        #expect(decodedThread.warnings.contains { $0.message == HTMLPage.Message.encodedPart })
    }

    /// Checks that `bytes`' segments are in order in the file and do not overlap (unless
    /// `inOrder` is false: a page whose tree builder moved text, as foster parenting does out of a
    /// table, has segments that span the moved text's old and new places), that their lines are
    /// their bytes' lines, and that every character of a visible text node (white space aside)
    /// lies inside a segment.
    static func expectLosslessSpans(_ bytes: [UInt8], name: String, inOrder: Bool = true) {
        let thread = FixtureFiles.parser.parse(bytes, source: name, format: .html)
        let segments = thread.segments.map(\.span)
        let lineStarts = FileSpanMap.lineStarts(bytes[...])
        func line(_ offset: Int) -> Int { (lineStarts.lastIndex { Int($0) <= offset } ?? 0) + 1 }
        for span in segments {
            #expect(span.byteStart < span.byteEnd && span.byteEnd <= bytes.count, "\(name): \(span)")
            #expect(span.lineStart == line(span.byteStart), "\(name): \(span)")
            #expect(span.lineEnd == line(span.byteEnd - 1), "\(name): \(span)")
        }
        for (earlier, later) in zip(segments, segments.dropFirst()) where inOrder {
            #expect(earlier.byteEnd <= later.byteStart, "\(name): \(earlier) overlaps or follows \(later)")
        }
        var inSegment = [Bool](repeating: false, count: bytes.count + 1)
        for span in segments where span.byteStart < span.byteEnd && span.byteEnd <= bytes.count {
            for offset in span.byteStart..<span.byteEnd { inSegment[offset] = true }
        }
        let decoded = TextDecoder.decodeHTML(bytes)
        let html = Array(decoded.text.utf8)
        let document = HTMLDocument.parse(html)
        for index in document.nodes.indices where document.nodes[index].kind == .text {
            let node = document.nodes[index]
            guard isVisible(Int32(index), in: document),
                String(decoding: document.text(of: Int32(index)), as: UTF8.self).unicodeScalars.contains(where: {
                    !$0.properties.isWhitespace
                })
            else { continue }
            for offset in textBytes(of: node, in: html) {
                let fileOffset = decoded.sourceOffsets?.fileOffset(forTextOffset: offset) ?? offset
                let covered = fileOffset < bytes.count && inSegment[fileOffset]
                #expect(
                    covered,
                    "\(name): byte \(fileOffset) of text node \(index) \(String(decoding: document.text(of: Int32(index)), as: UTF8.self).debugDescription) is in no segment of \(thread.segments.map { "\($0.span.byteStart)..<\($0.span.byteEnd) \($0.text.debugDescription)" })"
                )
                if !covered { break }
            }
        }
    }

    /// The offsets of the characters of text node `node` in `html` that are neither white space
    /// nor markup (a node the tree builder merged from several runs spans the tags between them).
    static func textBytes(of node: HTMLNode, in html: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var offset = node.range.lowerBound
        while offset < node.range.upperBound {
            let byte = html[offset]
            if byte == UInt8(ascii: "<"), offset + 1 < html.count,
                HTMLByte.isAlpha(html[offset + 1]) || html[offset + 1] == UInt8(ascii: "/")
            {
                while offset < node.range.upperBound && html[offset] != UInt8(ascii: ">") { offset += 1 }
            } else if !HTMLByte.isASCIIWhitespace(byte), byte & 0xC0 != 0x80 {
                // A character's first byte: the bytes after it may stand for one file byte (an
                // invalid byte decoded to U+FFFD), so only the first is mapped into the file.
                offsets.append(offset)
            }
            offset += 1
        }
        return offsets
    }

    /// Whether text node `index` is shown: every element above it is rendered, and it is not inside
    /// a template's contents.
    static func isVisible(_ index: Int32, in document: HTMLDocument) -> Bool {
        var current = document[index].parent
        while current >= 0 {
            let node = document[current]
            if node.kind == .templateContents { return false }
            if node.kind == .element && !document.isRendered(current) { return false }
            current = node.parent
        }
        return true
    }

    /// A random page of posts: headings, paragraphs, nested reply lists, line breaks, images,
    /// tables, `<pre>`, character references, comments, scripts and hidden blocks.
    static func generatedPage(_ random: inout SplitMix64) -> String {
        let words = [
            "shed", "roof", "felt", "caf&eacute;", "AT&amp;T", "nail", "torch&nbsp;on", "slate", "&#8217;s", "rain",
            "Posted", "Quote", "hinges", "lichen", "gutter",
        ]
        func sentence(_ random: inout SplitMix64) -> String {
            (0..<Int.random(in: 1...7, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "\n  ")
        }
        var html = "<!DOCTYPE html>\n<html><head><title>\(sentence(&random))</title><style>p{}</style></head>\n<body>\n"
        html += "<h1>\(sentence(&random))</h1>\n"
        var open: [String] = []
        for _ in 0..<Int.random(in: 3...14, using: &random) {
            switch Int.random(in: 0..<12, using: &random) {
            case 0: html += "<p>\(sentence(&random))<br>\(sentence(&random))</p>\n"
            case 1: html += "<div class=\"post\"><b>\(sentence(&random))</b> \(sentence(&random))</div>\n"
            case 2:
                html += "<ul><li>\(sentence(&random))"
                open.append("</li></ul>")
            case 3: if let close = open.popLast() { html += close + "\n" }
            case 4: html += "<img src=a.png alt=\"\(sentence(&random))\"> \(sentence(&random))\n"
            case 5: html += "<table><tr><td>\(sentence(&random))</td><td>\(sentence(&random))</td></tr></table>\n"
            case 6: html += "<pre>\(sentence(&random))\n\(sentence(&random))</pre>\n"
            case 7: html += "<!-- \(sentence(&random)) --><script>var x = '<p>';</script>\n"
            case 8: html += "<div hidden>\(sentence(&random))</div><span style=\"display:none\">x</span>\n"
            case 9: html += "<blockquote>\(sentence(&random))</blockquote>\n"
            case 10: html += "\(sentence(&random))<span> \(sentence(&random)) </span>\r\n"
            default: html += "<p>\(sentence(&random))"
            }
        }
        html += open.reversed().joined() + "\n</body></html>\n"
        return html
    }
}
