import Reports
import Testing

@testable import Serve

@Suite struct JSONParserTests {
    private func parse(_ text: String, depth: Int = JSONParser.defaultMaximumDepth) throws(JSONParseError) -> JSONValue
    {
        try JSONParser.parse(Array(text.utf8), maximumDepth: depth)
    }

    private func failure(_ bytes: [UInt8], depth: Int = JSONParser.defaultMaximumDepth) -> JSONParseError? {
        do {
            _ = try JSONParser.parse(bytes, maximumDepth: depth)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesEveryKindOfValueKeepingKeyOrder() throws {
        let value = try parse(#" {"b": [1, -2.5e1, true, false, null], "a": "x\u00e9\ud83d\ude00\n", "c": {}} "#)
        #expect(
            value
                == .object([
                    ("b", .array([.int(1), .double(-25), .bool(true), .bool(false), .null])),
                    ("a", .string("xé😀\n")), ("c", .object([])),
                ]))
    }

    @Test func roundTripsThroughTheWriter() throws {
        let value = JSONValue.object([
            ("text", .string("quote \" backslash \\ tab \t control \u{01} line \u{2028} 😀")),
            ("list", .array([.int(-3), .double(0.125), .null])),
        ])
        #expect(try parse(value.serialized()) == value)
        #expect(try parse(value.serialized(pretty: true)) == value)
    }

    @Test(arguments: [
        ("", 0, JSONParseError.Message.unexpectedEnd),
        ("{\"a\":1,}", 7, JSONParseError.Message.expectedKey),
        ("[1,]", 3, JSONParseError.Message.expectedValue),
        ("[1 2]", 3, JSONParseError.Message.expectedCommaOrBracket),
        ("{\"a\" 1}", 5, JSONParseError.Message.expectedColon),
        ("{\"a\":1 \"b\":2}", 7, JSONParseError.Message.expectedCommaOrBrace),
        ("01", 1, JSONParseError.Message.trailingData),
        ("1.", 2, JSONParseError.Message.badNumber),
        ("-", 1, JSONParseError.Message.badNumber),
        ("1e999", 0, JSONParseError.Message.badNumber),
        ("\"abc", 4, JSONParseError.Message.unterminatedString),
        ("\"a\u{01}\"", 2, JSONParseError.Message.controlCharacter),
        ("\"\\x\"", 2, JSONParseError.Message.badEscape),
        ("\"\\ud800\"", 1, JSONParseError.Message.loneSurrogate),
        ("\"\\udc00x\"", 1, JSONParseError.Message.loneSurrogate),
        ("{\"a\":1,\"a\":2}", 7, JSONParseError.Message.duplicateKey("a")),
        ("tru", 0, JSONParseError.Message.expectedValue),
        ("{} x", 3, JSONParseError.Message.trailingData),
    ])
    func rejectsMalformedJSONAtTheOffendingByte(text: String, offset: Int, message: String) {
        #expect(failure(Array(text.utf8)) == JSONParseError(offset: offset, message: message))
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82],
    ])
    func rejectsInvalidUTF8InStrings(bytes: [UInt8]) {
        #expect(failure(bytes) == JSONParseError(offset: 1, message: JSONParseError.Message.invalidUTF8))
    }

    @Test func limitsNestingDepthWithoutRecursingPastIt() {
        #expect(throws: Never.self) {
            try parse(String(repeating: "[", count: 4) + String(repeating: "]", count: 4), depth: 4)
        }
        let deep = Array(repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(failure(deep) == JSONParseError(offset: 64, message: JSONParseError.Message.tooDeep(64)))
        #expect(failure(Array(#"{"a":{"b":[[{}]]}}"#.utf8), depth: 4)?.message == JSONParseError.Message.tooDeep(4))
    }

    @Test func readsLargeIntegersAsDoubles() throws {
        #expect(try parse("123456789012345678901234") == .double(123_456_789_012_345_678_901_234))
        #expect(try parse("-0") == .int(0))
    }
}
