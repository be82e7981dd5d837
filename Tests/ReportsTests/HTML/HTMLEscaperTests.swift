import TestSupport
import Testing

@testable import Reports

@Suite struct HTMLEscaperTests {
    @Test func escapesTheFiveSpecialCharactersInBothContexts() {
        let input = #"<a href="x" title='y'>&amp;</a>"#
        let expected = "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        #expect(HTMLEscaper.text(input) == expected)
        #expect(HTMLEscaper.attribute(input) == expected)
    }

    @Test func leavesPlainTextAlone() {
        let text = "Grüße, 東京 👩🏽‍🚀 — fine\ttext\nover lines"
        #expect(HTMLEscaper.text(text) == text)
    }

    @Test func attributeKeepsLineBreaksAsCharacterReferences() {
        #expect(HTMLEscaper.attribute("one\ntwo\r\nthree") == "one&#10;two&#13;&#10;three")
        #expect(HTMLEscaper.text("one\ntwo\r\n") == "one\ntwo\r\n")
    }

    @Test func replacesControlCharacters() {
        #expect(HTMLEscaper.text("a\u{0}b\u{1B}c\u{7F}d") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(HTMLEscaper.text("a\u{85}b\u{9F}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(HTMLEscaper.text("\u{A0}©\u{C2}") == "\u{A0}©\u{C2}")
    }

    /// Whatever the input, the output has no markup-significant character left: no tag can open
    /// and no quoted attribute can close.
    @Test(arguments: HTMLInjectionCorpus.payloads)
    func corpusPayloadLosesEveryMarkupCharacter(payload: String) {
        for escaped in [HTMLEscaper.text(payload), HTMLEscaper.attribute(payload)] {
            #expect(!escaped.contains("<"))
            #expect(!escaped.contains(">"))
            #expect(!escaped.contains("\""))
            #expect(!escaped.contains("'"))
            #expect(Self.unescape(escaped) == payload.replacingControlCharacters())
        }
    }

    /// A random mix of special and ordinary characters round-trips through a reference unescaper.
    @Test func randomInputRoundTrips() {
        var generator = SplitMix64(seed: 4)
        let alphabet: [Character] = ["<", ">", "&", "\"", "'", "a", " ", "é", "👍", "\u{0}", "\u{85}", ";", "#", "\n"]
        for _ in 0..<300 {
            let length = Int(generator.next() % 40)
            let input = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            #expect(Self.unescape(HTMLEscaper.text(input)) == input.replacingControlCharacters())
        }
    }

    /// A slow, obviously right unescaper for the five references the escaper writes.
    static func unescape(_ text: String) -> String {
        var out = text
        for (reference, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#10;", "\n"), ("&#13;", "\r"),
        ] {
            out = out.replacingOccurrences(of: reference, with: character)
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension String {
    /// The string with C0 (but tab, line feed, carriage return) and C1 controls and DEL as U+FFFD.
    fileprivate func replacingControlCharacters() -> String {
        String(
            String.UnicodeScalarView(
                unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0x09, 0x0A, 0x0D: scalar
                    case 0x00..<0x20, 0x7F...0x9F: "\u{FFFD}"
                    default: scalar
                    }
                }
            )
        )
    }
}
