import Foundation
import Testing

@testable import Reports

@Suite struct JSONValueTests {
    @Test func escapesAndRoundTrips() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{7} nul \u{0} sep \u{2028}\u{2029} é 😀 </script>"
        let value = JSONValue.object([
            ("text", .string(text)), ("n", .int(-3)), ("x", .number(0.12345)), ("none", .null),
        ])
        let compact = value.serialized()
        #expect(compact.contains("\\u2028\\u2029"))
        #expect(compact.contains("\\u0007") && compact.contains("\\u0000"))
        let parsed = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? [String: Any]
        #expect(parsed?["text"] as? String == text)
        #expect(parsed?["n"] as? Int == -3)
        #expect(parsed?["x"] as? Double == 0.1235)
        #expect(parsed?["none"] is NSNull)
    }

    @Test func keepsKeyOrderAndIndents() {
        let value = JSONValue.object([("b", .int(1)), ("a", .array([.bool(true), .object([])])), ("c", .array([]))])
        #expect(value.serialized() == #"{"b":1,"a":[true,{}],"c":[]}"#)
        #expect(value.serialized(pretty: true) == "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    {}\n  ],\n  \"c\": []\n}")
    }

    @Test func wholeNumbersKeepADecimalPoint() {
        #expect(JSONValue.number(1).serialized() == "1.0")
        #expect(JSONValue.double(.nan).serialized() == "null")
    }
}
