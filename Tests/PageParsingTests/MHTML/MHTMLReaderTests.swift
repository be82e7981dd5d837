import Foundation
import Testing
import ThreadModel

@testable import PageParsing

@Suite struct MHTMLReaderTests {
    static func message(
        boundary: String, quoted: Bool = true, parts: [String], close: Bool = true, newline: String = "\r\n"
    )
        -> [UInt8]
    {
        var text = "From: <Saved by Blink>\(newline)Snapshot-Content-Location: https://forum.example/t/1\(newline)"
        text += "MIME-Version: 1.0\(newline)Content-Type: multipart/related;\(newline)\ttype=\"text/html\";\(newline)"
        text += "\tboundary=\(quoted ? "\"\(boundary)\"" : boundary)\(newline)\(newline)"
        for part in parts { text += "--\(boundary)\(newline)\(part)\(newline)" }
        if close { text += "--\(boundary)--\(newline)" }
        return Array(text.utf8)
    }

    @Test func quotedAndUnquotedBoundariesWithTransportPadding() throws {
        let part = "Content-Type: text/html\r\n\r\n<p>Hello</p>"
        for quoted in [true, false] {
            var bytes = Self.message(boundary: "----b-1", quoted: quoted, parts: [part])
            let document = try #require(MHTMLReader.read(bytes))
            #expect(document.parts.count == 1)
            #expect(document.mainPart?.body == Array("<p>Hello</p>".utf8))
            #expect(document.warnings.isEmpty)
            // Transport padding after the delimiters.
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
                of: "----b-1\r\n", with: "----b-1 \t\r\n")
            bytes = Array(text.utf8)
            #expect(MHTMLReader.read(bytes)?.mainPart?.body == Array("<p>Hello</p>".utf8))
        }
    }

    @Test func boundaryInsideALineDoesNotSplit() throws {
        let part = "Content-Type: text/html\n\n<p>x --b1 y</p>\n  --b1\n"
        let document = try #require(MHTMLReader.read(Self.message(boundary: "b1", parts: [part], newline: "\n")))
        #expect(document.parts.count == 1)
        #expect(document.mainPart?.body == Array("<p>x --b1 y</p>\n  --b1\n".utf8))
    }

    @Test func foldedCaseInsensitiveHeaders() throws {
        let part =
            "CONTENT-TYPE: text/html;\r\n\tcharset=\"windows-1252\"\r\ncontent-location:\r\n https://forum.example/t/1\r\n\r\n<p>x</p>"
        let document = try #require(MHTMLReader.read(Self.message(boundary: "b", parts: [part])))
        #expect(document.mainPart?.charset == "windows-1252")
        #expect(document.mainPart?.location == "https://forum.example/t/1")
        #expect(document.pageURL == "https://forum.example/t/1")
    }

    @Test func quotedPrintableSoftBreaksAndLowercaseHex() {
        #expect(
            QuotedPrintable.decode(Array("caf=e9 na=EFve=  \r\nend=\t\nx".utf8)) == Array("caf".utf8) + [0xE9]
                + Array(" na".utf8) + [0xEF] + Array("veendx".utf8))
    }

    @Test func base64WithLineBreaksAndJunk() {
        let html = "<html><body><p>Galvanised hinges rust last.</p></body></html>"
        var encoded = Data(html.utf8).base64EncodedString(options: .lineLength64Characters)
        encoded.insert(contentsOf: " \t*", at: encoded.index(encoded.startIndex, offsetBy: 10))
        #expect(Base64.decode(Array(encoded.utf8)[...]) == Array(html.utf8))
        #expect(Base64.decode(Array("aGk".utf8)[...]) == Array("hi".utf8))
    }

    @Test func eightBitPartFollowsItsCharset() {
        let body: [UInt8] =
            Array("<html><body><h1>Caf".utf8) + [0xE9] + Array(" na".utf8) + [0xEF]
            + Array("ve</h1><p>Posted</p></body></html>".utf8)
        var bytes = Array(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                .utf8)
        bytes += body + Array("\r\n--x--\r\n".utf8)
        let decoded = PageParser.read(bytes, format: .mhtml).decoded
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.contains("Café naïve"))
        #expect(decoded.warnings.isEmpty)
    }

    @Test func mainPartIsTheStartPartOrTheLocationOrTheFirstHTML() throws {
        let css = "Content-Type: text/css\r\n\r\np {}"
        let frame =
            "Content-Type: text/html\r\nContent-ID: <frame-2@mhtml>\r\nContent-Location: https://ads.example/\r\n\r\n<p>ad</p>"
        let page =
            "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml>\r\nContent-Location: https://forum.example/t/1\r\n\r\n<p>page</p>"
        let byLocation = try #require(MHTMLReader.read(Self.message(boundary: "b", parts: [css, frame, page])))
        #expect(byLocation.mainPartIndex == 2)
        #expect(byLocation.pageURL == "https://forum.example/t/1")
        var text = String(decoding: Self.message(boundary: "b", parts: [css, page, frame]), as: UTF8.self)
        text = text.replacingOccurrences(of: "\ttype=\"text/html\";", with: "\tstart=\"<frame-2@mhtml>\";")
        let byStart = try #require(MHTMLReader.read(Array(text.utf8)))
        #expect(byStart.mainPartIndex == 2)
        #expect(byStart.pageURL == "https://ads.example/")
        text = text.replacingOccurrences(of: "start=\"<frame-2@mhtml>\";", with: "").replacingOccurrences(
            of: "Snapshot-Content-Location", with: "X-Other")
        #expect(MHTMLReader.read(Array(text.utf8))?.mainPartIndex == 1)
    }

    @Test func missingClosingBoundaryKeepsTheText() throws {
        let part = "Content-Type: text/html\r\n\r\n<h1>Shed roofs</h1><p>Felt lasts ten years"
        let bytes = Self.message(boundary: "b", parts: [part], close: false)
        let document = try #require(MHTMLReader.read(bytes))
        #expect(document.mainPart.map { String(decoding: $0.body, as: UTF8.self) }?.contains("ten years") == true)
        #expect(document.warnings.map(\.message) == [MHTMLReader.Message.noClosingBoundary("b")])
        let decoded = PageParser.read(bytes, format: .mhtml).decoded
        #expect(decoded.text.contains("Felt lasts ten years"))
        #expect(decoded.warnings.map(\.message).contains(MHTMLReader.Message.noClosingBoundary("b")))
    }

    @Test func headerBlockCutShort() throws {
        let bytes = Array(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/ht".utf8)
        let document = try #require(MHTMLReader.read(bytes))
        #expect(document.warnings.map(\.message).contains(MHTMLReader.Message.headersCutShort))
        #expect(document.mainPart == nil)
    }

    @Test func everyTruncationIsReadWithoutCrashing() {
        let body = "<html><body><h1>Caf=E9 roofs</h1><p>The caf=E9 next door =\r\nused felt.</p></body></html>"
        let bytes = Self.message(
            boundary: "----MultipartBoundary--abc----",
            parts: [
                "Content-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\(body)",
                "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=",
            ])
        for length in 0...bytes.count {
            let prefix = Array(bytes.prefix(length))
            let decoded = PageParser.read(prefix, format: .mhtml).decoded
            if length == bytes.count {
                #expect(decoded.text.contains("The café next door used felt."))
                #expect(decoded.warnings.map(\.message) == [HTMLPage.Message.encodedPart])
            }
        }
    }
}

extension MHTMLReaderTests {
    @Test func nestedMultipartPartsAreRead() throws {
        let inner =
            "Content-Type: multipart/alternative; boundary=inner\r\n\r\n--inner\r\nContent-Type: text/plain\r\n\r\nplain\r\n--inner\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>rich</p>\r\n--inner--"
        let document = try #require(MHTMLReader.read(Self.message(boundary: "outer", parts: [inner])))
        #expect(document.parts.map(\.mediaType) == ["text/plain", "text/html"])
        #expect(document.mainPart?.body == Array("<p>rich</p>".utf8))
        #expect(document.warnings.isEmpty)
    }
}
