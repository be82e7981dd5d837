import Reports

/// Why one line of `scan --jsonl-in` is not a record: the reason its error line gives.
package enum LineRecordError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The line is empty (or white space only).
    case emptyLine
    /// The line is not JSON.
    case notJSON(String)
    /// The line is JSON but not an object.
    case notAnObject(found: String)
    /// A member the record needs is missing.
    case missing(String, expected: String)
    /// A member has the wrong type.
    case wrongType(String, expected: String, found: String)
    /// None of the page members, or more than one.
    case pageMembers(found: [String])
    /// `mhtml_base64` is not base64.
    case badBase64(String)

    /// The page members; a record has exactly one.
    package static let pageKeys = ["html", "mhtml_base64", "text"]

    package var description: String {
        switch self {
        case .emptyLine: "empty line; expected a JSON object"
        case .notJSON(let reason): "not JSON: \(reason)"
        case .notAnObject(let found): "expected a JSON object, found \(found)"
        case .missing(let key, let expected): "missing \"\(key)\" (\(expected))"
        case .wrongType(let key, let expected, let found): "\"\(key)\" must be \(expected), not \(found)"
        case .pageMembers(let found) where found.isEmpty:
            "no page: expected one of \"html\", \"mhtml_base64\" or \"text\" (a string)"
        case .pageMembers(let found):
            "more than one page: give one of \"html\", \"mhtml_base64\" or \"text\", not "
                + found.map { "\"\($0)\"" }.joined(separator: " and ")
        case .badBase64(let reason): "\"mhtml_base64\" is not base64: \(reason)"
        }
    }

    /// How a JSON value's type is named in these messages.
    package static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a Boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
