import Testing

@testable import PageParsing

/// Tags emitted in place: a header of plain data, the name bytes (when the element has no case)
/// and the attributes left in the tokenizer's reused buffers until the next tag starts.
@Suite struct HTMLTagBuffersTests {
    /// The start and end tags of `html`, read in place, as (element, name, attribute names).
    static func tags(_ html: String) -> [(HTMLElementName, String, [String])] {
        var tokenizer = HTMLTokenizer(Array(html.utf8))
        var tags: [(HTMLElementName, String, [String])] = []
        while true {
            switch tokenizer.nextInPlace() {
            case .startTag(let header), .endTag(let header):
                tags.append(
                    (
                        header.element, String(decoding: tokenizer.tag.name(of: header), as: UTF8.self),
                        tokenizer.tag.attributes(of: header).map {
                            String(decoding: tokenizer.tag.name(of: $0), as: UTF8.self)
                        }
                    ))
            case .endOfFile: return tags
            default: break
            }
        }
    }

    @Test func namesReadInOneRunOrByteByByteComeOutTheSame() {
        let tags = Self.tags("<div a=1><DiV B=2></DIV><my-widget x y><a\0b><di=v></my-widget>")
        #expect(tags.map(\.0) == [.div, .div, .div, .unknown, .unknown, .unknown, .unknown])
        #expect(tags.map(\.1) == ["div", "div", "div", "my-widget", "a\u{FFFD}b", "di=v", "my-widget"])
        #expect(tags.map(\.2) == [["a"], ["b"], [], ["x", "y"], [], [], []])
    }

    @Test func anUnknownStartTagNamesTheAppropriateEndTag() {
        var tokenizer = HTMLTokenizer(Array("<rawish>a</rawishx></rawish>".utf8))
        guard case .startTag(let start) = tokenizer.nextInPlace() else {
            Issue.record("expected the start tag")
            return
        }
        #expect(start.element == .unknown)
        #expect(tokenizer.lastStartTag == Array("rawish".utf8))
        tokenizer.switchTo(.rawtext)
        guard case .characters(let text) = tokenizer.next(), case .endTag(let end) = tokenizer.next() else {
            Issue.record("expected the text and the end tag")
            return
        }
        #expect(text.range == 8..<19)  // `</rawishx>` is text: it names another tag
        #expect(end.name == Array("rawish".utf8))
        #expect(end.range == 19..<28)
    }

    @Test func theBuffersAreReusedFromTagToTag() {
        var tokenizer = HTMLTokenizer(Array("<p class=a id=b><b title=c>".utf8))
        _ = tokenizer.nextInPlace()
        #expect(tokenizer.tag.attributes.count == 2)
        guard case .startTag(let header) = tokenizer.nextInPlace() else {
            Issue.record("expected the second start tag")
            return
        }
        #expect(header.attributeCount == 1)
        #expect(tokenizer.tag.attributes.map(tokenizer.tag.name(of:)) == [Array("title".utf8)])
        #expect(HTMLTagToken(header, in: tokenizer.tag).attributes.map(\.range) == [19..<26])
    }
}
