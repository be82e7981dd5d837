import Foundation
import TestSupport
import Testing

@testable import PageParsing

/// Hostile and broken input: never a crash, never a hang, work linear in the input.
@Suite struct HTMLTokenizerBadInputTests {
    /// Every token up to the end of the file (which is included), checking that ranges stay
    /// inside the input and go forward.
    static func tokens(
        _ input: [UInt8], state: HTMLTokenizerContentState = .data, allowsCDATA: Bool = false
    ) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(input, initialState: state)
        tokenizer.allowsCDATA = allowsCDATA
        var tokens: [HTMLToken] = []
        var previousEnd = 0
        while true {
            let token = tokenizer.next()
            tokens.append(token)
            let range: Range<Int>
            switch token {
            case .doctype(let doctype): range = doctype.range
            case .startTag(let tag), .endTag(let tag): range = tag.range
            case .comment(let text), .characters(let text): range = text.range
            case .endOfFile(let offset):
                #expect(offset == input.count)
                #expect(tokenizer.next() == token, "the end of the file repeats")
                return tokens
            }
            #expect(range.lowerBound >= previousEnd && range.upperBound <= input.count, "range \(range)")
            previousEnd = range.upperBound
        }
    }

    /// The text of the single characters token `input` makes.
    static func text(_ input: String) -> String? {
        let bytes = Array(input.utf8)
        let tokens = tokens(bytes)
        guard tokens.count == 2, case .characters(let text) = tokens[0] else { return nil }
        return String(decoding: text.text(in: bytes), as: UTF8.self)
    }

    /// Four times the input of each pathological shape takes about four times the CPU time; a
    /// quadratic tokenizer would take sixteen times. The limit of eight sits between the two
    /// with room on both sides, so that a loaded machine's noise does not fail it.
    @Test(arguments: [
        ("<", ""), ("<a x", "=1 "), ("&", "a"), ("&#", "9"), ("<!--", "-!"), ("</", "a"), ("<a ", "b"),
    ])
    func workIsLinear(_ shape: (String, String)) {
        func input(_ count: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            for index in 0..<count {
                bytes += Array(shape.0.utf8)
                if !shape.1.isEmpty { bytes += Array("\(shape.1)\(index % 7 == 0 ? "\(index)" : "")".utf8) }
            }
            return bytes
        }
        let small = input(50_000)
        let large = input(200_000)
        let smallTime = ThreadCPUTime.fastest(runs: 5) { _ = Self.tokens(small) }
        let largeTime = ThreadCPUTime.fastest(runs: 3) { _ = Self.tokens(large) }
        print("tokenizer work, \(shape): \(smallTime) s for 5e4, \(largeTime) s for 2e5")
        #expect(largeTime / smallTime < 8, "\(shape): \(smallTime) s then \(largeTime) s")
    }

    @Test func aMillionLessThanSigns() {
        let input = [UInt8](repeating: UInt8(ascii: "<"), count: 1_000_000)
        var tokenizer = HTMLTokenizer(input)
        guard case .characters(let text) = tokenizer.next() else {
            Issue.record("expected one run of characters")
            return
        }
        #expect(text.text(in: input).elementsEqual(input) && text.range == 0..<input.count)
        #expect(tokenizer.next() == .endOfFile(offset: input.count))
        #expect(tokenizer.errorCount == input.count)
        #expect(tokenizer.errors.count == HTMLTokenizer.maximumRecordedErrors)
    }

    @Test func aTenMegabyteAttributeValue() {
        let value = [UInt8](repeating: UInt8(ascii: "v"), count: 10_000_000)
        for quote in ["\"", "'", ""] {
            let input = Array("<a href=\(quote)".utf8) + value + Array("\(quote)>".utf8)
            let tokens = Self.tokens(input)
            guard case .startTag(let tag) = tokens.first else {
                Issue.record("expected a start tag")
                continue
            }
            #expect(tag.attributes.first.map { Array(tag.value(of: $0, in: input)) } == value)
            #expect(tag.range == 0..<input.count)
        }
    }

    @Test func brokenCharacterReferences() {
        #expect(Self.text("&#x") == "&#x")
        #expect(Self.text("&#X;") == "&#X;")
        #expect(Self.text("&#") == "&#")
        #expect(Self.text("&#99999999999999;") == "\u{FFFD}")
        #expect(Self.text("&#x110000") == "\u{FFFD}")
        #expect(Self.text("&#xD800;") == "\u{FFFD}")
        #expect(Self.text("&#0;") == "\u{FFFD}")
        #expect(Self.text("&#x80;") == "\u{20AC}")
        #expect(Self.text("&#x81;") == "\u{81}")
        #expect(Self.text("&#xFFFF;") == "\u{FFFF}")
        #expect(Self.text("&am") == "&am")
        #expect(Self.text("&amp") == "&")
        #expect(Self.text("&") == "&")
        #expect(Self.text("&;") == "&;")
        #expect(Self.text("&notit;") == "¬it;")
        #expect(Self.text("&" + String(repeating: "a", count: 100_000)) == "&" + String(repeating: "a", count: 100_000))
        let input = Array("<a b='&ampx' c='&amp=' d='&amp;x' e=&lt>".utf8)
        let tokens = Self.tokens(input)
        guard case .startTag(let tag) = tokens.first else {
            Issue.record("expected a start tag")
            return
        }
        let values = tag.attributes.map { String(decoding: tag.value(of: $0, in: input), as: UTF8.self) }
        #expect(values == ["&ampx", "&amp=", "&x", "<"])
    }

    @Test func nullBytesEverywhere() {
        let input = Array("\0<a\0 \0b\0=\0\"\0\">\0<!--\0-->\0<!\0>\0</\0>\0<!DOCTYPE \0 PUBLIC \"\0\">".utf8)
        for state in [HTMLTokenizerContentState.data, .rcdata, .rawtext, .scriptData, .plaintext, .cdataSection] {
            let tokens = Self.tokens(input, state: state)
            #expect(tokens.count >= 2)
        }
        let tokens = Self.tokens(input)
        guard tokens.count > 2, case .startTag(let tag) = tokens[1] else {
            Issue.record("expected a start tag second: \(tokens)")
            return
        }
        let replacement = HTMLByte.replacementCharacter
        #expect(tokens[0].resolved(in: input) == .characters(HTMLTextToken(text: [0], range: 0..<1)))
        #expect(tag.name == Array("a".utf8) + replacement)
        #expect(tag.attributes.first?.name == replacement + Array("b".utf8) + replacement)
        let value: [UInt8] = replacement + Array("\"".utf8) + replacement + Array("\"".utf8)
        #expect(tag.attributes.first.map { Array(tag.value(of: $0, in: input)) } == value)
    }

    @Test func everyTruncationEndsCleanly() {
        let document = Array(
            """
            <!DOCTYPE html PUBLIC "-//W3C//DTD" 'sys'><a b="c&amp;" d='e' f=g h/><!-- i -- j --!><![CDATA[k]]>\
            <?pi?>&amp;&#x41;&#65;&notin;&notit;</a><br/ ><script><!--<script>x</script>--></script>\r\n</ a>
            """.utf8)
        for state in [HTMLTokenizerContentState.data, .rcdata, .rawtext, .scriptData, .plaintext, .cdataSection] {
            for allowsCDATA in [false, true] {
                for length in 0...document.count {
                    _ = Self.tokens(Array(document[0..<length]), state: state, allowsCDATA: allowsCDATA)
                }
            }
        }
    }
}
