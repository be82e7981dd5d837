import Testing
import ThreadModel

@testable import PageParsing

/// The order browsers sniff in: byte order mark, transport charset, `<meta>` prescan, UTF-8 or windows-1252.
@Suite struct EncodingSniffingTests {
    static func html(_ head: String, body: [UInt8] = Array("caf".utf8) + [0xE9]) -> [UInt8] {
        Array("<!DOCTYPE html><html><head>\(head)</head><body>".utf8) + body + Array("</body></html>".utf8)
    }

    static func declared(_ head: String) -> String? {
        HTMLCharset.prescan(html(head))?.encoding?.name
    }

    @Test func byteOrderMarkWinsOverEverything() {
        let bytes = [0xEF, 0xBB, 0xBF] + Self.html("<meta charset=windows-1251>", body: Array("café".utf8))
        let decoded = TextDecoder.decodeHTML(bytes, transportCharset: "koi8-r")
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.contains("café"))
    }

    @Test func transportCharsetWinsOverMeta() {
        let decoded = TextDecoder.decodeHTML(Self.html("<meta charset=utf-8>"), transportCharset: "latin1")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.contains("café"))
        #expect(decoded.warnings.isEmpty)
    }

    @Test func metaCharsetAndPragma() {
        #expect(Self.declared("<meta charset=\"KOI8-R\">") == "koi8-r")
        #expect(Self.declared("<META CHARSET = ' windows-1251 '>") == "windows-1251")
        #expect(Self.declared("<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>") == "shift_jis")
        #expect(
            Self.declared("<meta content=\"text/html;charset = \\\"euc-kr\\\"\" http-equiv=\"content-type\">") == nil)
        #expect(Self.declared("<meta content=\"text/html; charset=euc-kr\" http-equiv=\"content-type\">") == "euc-kr")
        #expect(Self.declared("<meta/charset=gbk>") == "gbk")
    }

    @Test func contentWithoutPragmaIsIgnored() {
        #expect(Self.declared("<meta name=x content=\"charset=koi8-r\">") == nil)
    }

    @Test func commentsAndOtherTagsAreSteppedOver() {
        #expect(Self.declared("<!-- <meta charset=koi8-r> --><meta charset=iso-8859-2>") == "iso-8859-2")
        #expect(Self.declared("<!--><meta charset=iso-8859-5>") == "iso-8859-5")
        #expect(Self.declared("<div title=\"<meta charset=koi8-r>\"><meta charset=iso-8859-7>") == "iso-8859-7")
        #expect(Self.declared("<?xml version=\"1.0\" encoding=\"koi8-r\"?><meta charset=big5>") == "big5")
        #expect(Self.declared("<metadata charset=koi8-r><meta charset=euc-jp>") == "euc-jp")
    }

    @Test func firstAttributeWinsAndFirstValidMeta() {
        #expect(Self.declared("<meta charset=koi8-r charset=koi8-u>") == "koi8-r")
        #expect(Self.declared("<meta charset=x-foo><meta charset=koi8-u>") == "koi8-u")
    }

    @Test func prescanStopsAfter1024Bytes() {
        let padding = String(repeating: " ", count: 1024)
        #expect(Self.declared("\(padding)<meta charset=koi8-r>") == nil)
        let cut = String(repeating: " ", count: 1024 - 27 - 10) + "<meta charset=koi8-r>"
        #expect(Self.declared(cut) == nil, "a <meta> cut at byte 1,024 declares nothing")
        #expect(Self.declared(String(repeating: " ", count: 1024 - 27 - 21) + "<meta charset=koi8-r>") == "koi8-r")
    }

    @Test func metaUTF16MeansUTF8AndUserDefinedMeansWindows1252() {
        #expect(Self.declared("<meta charset=utf-16le>") == "utf-8")
        #expect(Self.declared("<meta charset=x-user-defined>") == "windows-1252")
    }

    @Test func metaDeclaredUTF8WithWindows1252BytesGivesReplacementsAndWarnings() {
        let bytes = Self.html("<meta charset=\"utf-8\">")
        let decoded = TextDecoder.decodeHTML(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.contains("caf\u{FFFD}"))
        let offset = bytes.firstIndex(of: 0xE9)!
        #expect(decoded.warnings.map(\.byteOffset) == [offset])
        #expect(decoded.warnings.first?.message == "invalid UTF-8 byte replaced with U+FFFD")
    }

    @Test func undeclaredBytesAreUTF8WhenValidElseWindows1252() {
        #expect(TextDecoder.decodeHTML(Self.html("", body: Array("café".utf8))).encoding == "utf-8")
        let latin = TextDecoder.decodeHTML(Self.html(""))
        #expect(latin.encoding == "windows-1252")
        #expect(latin.text.contains("café"))
        #expect(latin.warnings.map(\.message) == [EncodingSniffer.Message.notUTF8])
    }

    @Test func unsupportedLabelsAreNamedInAWarning() {
        let ascii = TextDecoder.decodeHTML(Self.html("<meta charset=\"x-foo\">", body: Array("cafe".utf8)))
        #expect(ascii.encoding == "utf-8")
        #expect(ascii.warnings.map(\.message) == ["unsupported charset \"x-foo\": read as utf-8"])
        let latin = TextDecoder.decodeHTML(Self.html("<meta charset=\"x-foo\">"))
        #expect(latin.warnings.first?.message == "unsupported charset \"x-foo\": read as windows-1252")
        #expect(latin.warnings.first?.byteOffset == 27)
        let transport = TextDecoder.decode(Array("hello".utf8), declaredCharset: "iso-2022-kr")
        #expect(transport.warnings.map(\.message) == ["unsupported charset \"iso-2022-kr\": read as utf-8"])
    }

    @Test func copiedTextIsNotPrescanned() {
        let bytes = Array("<meta charset=koi8-r> café".utf8)
        #expect(TextDecoder.decode(bytes).encoding == "utf-8")
    }

    @Test func utf16TransportWithoutBOM() {
        let bytes: [UInt8] = [0x68, 0x00, 0x69, 0x00]
        #expect(TextDecoder.decodeHTML(bytes, transportCharset: "utf-16").text == "hi")
        #expect(TextDecoder.decodeHTML([0x00, 0x68, 0x00, 0x69], transportCharset: "UTF-16BE").text == "hi")
    }
}
