/// A JSON value whose object keys keep the order they were given in, so that output is stable.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// A string, or `null` for `nil`.
    package static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// An integer, or `null` for `nil`.
    package static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    /// A number rounded to `places` decimal places, so that output does not carry float noise.
    package static func number(_ value: Double, places: Int = 4) -> JSONValue {
        .double(rounded(value, places: places))
    }

    /// `value` rounded to `places` decimal places.
    package static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// The value serialised: compact on one line, or indented by two spaces when `pretty`.
    /// - Complexity: O(n) in the size of the output; strings are copied in runs of bytes that
    ///   need no escaping.
    package func serialized(pretty: Bool = false) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.bytes.reserveCapacity(4096)
        writer.value(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
