import Foundation
import Testing

@testable import PageParsing

@Suite struct MHTMLTests {
    static let page = """
        From: <Saved by Blink>
        Snapshot-Content-Location: https://forum.example/topic/12
        Subject: Shed roof felt
        MIME-Version: 1.0
        Content-Type: multipart/related;
        \ttype="text/html";
        \tboundary="----MultipartBoundary--abc123----"

        ------MultipartBoundary--abc123----
        Content-Type: text/html
        Content-ID: <frame-1@mhtml.blink>
        Content-Transfer-Encoding: quoted-printable
        Content-Location: https://forum.example/topic/12

        <html><head><meta charset=3D"windows-1252"></head><body><h1>Caf=E9 roofs =
        and sheds</h1><h2>Recommended Posts</h2><div>Posted</div><p>The caf=E9 next door used felt.</p><div>=
        Posted</div><p>Slate is nicer.</p></body></html>
        ------MultipartBoundary--abc123----
        Content-Type: text/css
        Content-Transfer-Encoding: quoted-printable

        p { color: red; }
        ------MultipartBoundary--abc123------
        """

    @Test func quotedPrintableDecodes() {
        #expect(
            QuotedPrintable.decode(Array("a=3Db=\nc=E9=\r\nd =ZZ".utf8)) == Array("a=bc".utf8) + [0xE9]
                + Array("d =ZZ".utf8))
    }

    @Test func findsTheHTMLPartAndItsCharset() throws {
        let bytes = Array(Self.page.utf8)
        #expect(PageFormat.detect(bytes) == .mhtml)
        let thread = FixtureFiles.parser.parse(bytes, source: "page.mhtml")
        #expect(thread.format == "mhtml")
        #expect(thread.encoding == "windows-1252")
        #expect(thread.title == "Café roofs and sheds")
        #expect(thread.posts.map(\.body) == ["The café next door used felt.", "Slate is nicer."])
    }

    @Test func base64Part() {
        let html = "<html><body><h1>Garden gates and latches</h1><p>Galvanised hinges rust last.</p></body></html>"
        let encoded = Data(html.utf8).base64EncodedString(options: .lineLength76Characters)
        let page =
            "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b1\"\n\n--b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n\(encoded)\n--b1--\n"
        let thread = FixtureFiles.parser.parse(Array(page.utf8), source: "page.mht")
        #expect(thread.title == "Garden gates and latches")
        #expect(thread.posts.first?.body == "Galvanised hinges rust last.")
    }

    @Test func formatDetection() {
        #expect(PageFormat.detect(Array("<!DOCTYPE html><p>x".utf8)) == .html)
        #expect(PageFormat.detect(Array("\u{FEFF}\n  <html lang=en>".utf8)) == .html)
        #expect(PageFormat.detect(Array("Jump to content\nPosted".utf8)) == .copiedText)
        #expect(PageFormat.detect(Array("<3 this thread".utf8)) == .copiedText)
    }
}
