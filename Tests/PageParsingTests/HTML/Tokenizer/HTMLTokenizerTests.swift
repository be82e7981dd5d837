import Testing

@testable import PageParsing

/// The tokenizer as the tree builder drives it: content-state switches, the last start tag,
/// CDATA, byte ranges, CRLF and the error list.
@Suite struct HTMLTokenizerTests {
    /// Every token of `html` up to the end of the file (not included), switching to `state`
    /// after a start tag named as its key, as a tree builder would.
    static func tokens(
        _ html: String, switching: [String: HTMLTokenizerContentState] = [:], allowsCDATA: Bool = false
    ) -> [HTMLToken] {
        let input = Array(html.utf8)
        var tokenizer = HTMLTokenizer(input)
        tokenizer.allowsCDATA = allowsCDATA
        var tokens: [HTMLToken] = []
        while true {
            let token = tokenizer.next().resolved(in: input)
            if case .endOfFile = token { return tokens }
            if case .startTag(let tag) = token, let state = switching[String(decoding: tag.name, as: UTF8.self)] {
                tokenizer.switchTo(state)
            }
            tokens.append(token)
        }
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The value of `attribute` of `tag`, a tag ``tokens(_:switching:allowsCDATA:)`` resolved.
    static func value(_ attribute: HTMLAttribute, of tag: HTMLTagToken) -> String {
        String(decoding: tag.decodedValues[attribute.value.range], as: UTF8.self)
    }

    @Test func contentStatesEndAtTheirEndTag() {
        let tokens = Self.tokens(
            "<title>a<b>&amp;</titlex></title><script>if (a</b) x = '</script'</script >",
            switching: ["title": .rcdata, "script": .scriptData])
        guard tokens.count == 6, case .characters(let title) = tokens[1], case .characters(let script) = tokens[4],
            case .endTag(let end) = tokens[5]
        else {
            Issue.record("unexpected tokens \(tokens)")
            return
        }
        #expect(Self.text(title.decoded) == "a<b>&</titlex>")
        #expect(Self.text(script.decoded) == "if (a</b) x = '</script'")
        #expect(Self.text(end.name) == "script")
    }

    @Test func plaintextNeverEnds() {
        let tokens = Self.tokens("<plaintext></plaintext><b>", switching: ["plaintext": .plaintext])
        #expect(tokens.count == 2)
        if case .characters(let text) = tokens.last { #expect(Self.text(text.decoded) == "</plaintext><b>") }
    }

    @Test func cdataOnlyWhereAllowed() {
        let html = "<![CDATA[x<y]]>"
        #expect(Self.tokens(html) == [.comment(HTMLTextToken(text: Array("[CDATA[x<y]]".utf8), range: 0..<15))])
        #expect(
            Self.tokens(html, allowsCDATA: true) == [.characters(HTMLTextToken(text: Array("x<y".utf8), range: 9..<12))]
        )
    }

    @Test func rangesAreInputOffsets() {
        let html = "ab\r\ncd<a href='x&amp;y' b>&lt;<!-- c --></a>"
        let tokens = Self.tokens(html)
        guard tokens.count == 5, case .characters(let first) = tokens[0], case .startTag(let tag) = tokens[1],
            case .characters(let second) = tokens[2], case .comment(let comment) = tokens[3],
            case .endTag(let end) = tokens[4]
        else {
            Issue.record("unexpected tokens \(tokens)")
            return
        }
        #expect(first == HTMLTextToken(text: Array("ab\ncd".utf8), range: 0..<6))
        #expect(tag.range == 6..<26)
        #expect(tag.attributes.map(\.range) == [9..<23, 24..<25])
        #expect(Self.value(tag.attributes[0], of: tag) == "x&y")
        #expect(second == HTMLTextToken(text: Array("<".utf8), range: 26..<30))
        #expect(comment == HTMLTextToken(text: Array(" c ".utf8), range: 30..<40))
        #expect(end.range == 40..<44)
    }

    @Test func duplicateAttributesKeepTheFirst() {
        let tokens = Self.tokens("<p a=1 A=2 b a=3>")
        guard case .startTag(let tag) = tokens.first else {
            Issue.record("expected a start tag")
            return
        }
        #expect(tag.attributes.map { Self.text($0.name) + "=" + Self.value($0, of: tag) } == ["a=1", "b="])
        let many = (0..<40).map { "x\($0 % 20)=\($0)" }.joined(separator: " ")
        guard case .startTag(let big) = Self.tokens("<p \(many)>").first else {
            Issue.record("expected a start tag")
            return
        }
        #expect(big.attributes.count == 20)
        #expect(big.attributes.last.map { Self.value($0, of: big) } == "19")
    }

    @Test func errorsCarryOffsetsAndCodes() {
        var tokenizer = HTMLTokenizer(Array("a\0<p x x>&#0;</ >".utf8))
        while tokenizer.next() != .endOfFile(offset: 17) {}
        #expect(
            tokenizer.errors == [
                HTMLTokenizerError(offset: 1, code: .unexpectedNullCharacter),
                HTMLTokenizerError(offset: 7, code: .duplicateAttribute),
                HTMLTokenizerError(offset: 13, code: .nullCharacterReference),
                HTMLTokenizerError(offset: 15, code: .invalidFirstCharacterOfTagName),
            ])
        #expect(tokenizer.errorCount == 4)
    }

    @Test func lastStartTagIsTracked() {
        var tokenizer = HTMLTokenizer(Array("<textarea></textarea>".utf8))
        _ = tokenizer.next()
        #expect(tokenizer.lastStartTag == Array("textarea".utf8))
        tokenizer.switchTo(.rcdata)
        guard case .endTag(let end) = tokenizer.next() else {
            Issue.record("expected the end tag")
            return
        }
        #expect(end.range == 10..<21)
    }
}
