/// Why a request body is not the JSON it should be: the byte offset and what was expected there.
package struct JSONParseError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The offset of the byte where parsing stopped, from the start of the body.
    package var offset: Int
    /// What was wrong there.
    package var message: String

    /// `at byte N: what was wrong`.
    package var description: String { "at byte \(offset): \(message)" }

    /// The messages, named so that tests and docs quote the same text.
    package enum Message {
        static let unexpectedEnd = "the JSON ends early; expected a value"
        static let expectedValue = "expected a JSON value (object, array, string, number, true, false or null)"
        static let expectedKey = "expected a quoted object key"
        static let expectedColon = "expected ':' after the object key"
        static let expectedCommaOrBrace = "expected ',' or '}' after an object member"
        static let expectedCommaOrBracket = "expected ',' or ']' after an array element"
        static let trailingData = "unexpected data after the JSON value"
        static let badNumber = "malformed number"
        static let unterminatedString = "unterminated string"
        static let controlCharacter = "unescaped control character in a string"
        static let invalidUTF8 = "invalid UTF-8 in a string"
        static let badEscape = "invalid escape sequence in a string"
        static let loneSurrogate = "a \\u escape names half of a surrogate pair"
        static func tooDeep(_ limit: Int) -> String { "nesting deeper than \(limit) levels" }
        static func duplicateKey(_ key: String) -> String { "duplicate object key \"\(key)\"" }
    }
}
