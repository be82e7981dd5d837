/// A JSON value whose object keys keep the order they were given in, so that output is stable.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
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
    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// An integer, or `null` for `nil`.
    public static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    /// A number rounded to `places` decimal places, so that output does not carry float noise.
    public static func number(_ value: Double, places: Int = 4) -> JSONValue {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return .double((value * scale).rounded() / scale)
    }

    /// The value serialised: compact on one line, or indented by two spaces when `pretty`.
    /// - Complexity: O(n) in the size of the output; strings are copied in runs of bytes that
    ///   need no escaping.
    public func serialized(pretty: Bool = false) -> String {
        serialized(pretty: pretty, before: "", after: "")
    }

    /// The value serialized between `before` and `after`, made into a string once (a report of a
    /// long page is large: no copy of it for a leading or trailing newline). The value is consumed,
    /// so that the tree is freed before the string is made, not held beside it and the bytes.
    package consuming func serialized(pretty: Bool, before: String, after: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        out += before.utf8
        write(into: &out, pretty: pretty, indent: 0)
        out += after.utf8
        _ = consume self
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out += Self.nullBytes
        case .bool(let value): out += value ? Self.trueBytes : Self.falseBytes
        case .int(let value): out += String(value).utf8
        case .double(let value):
            if value.isFinite {
                if value == value.rounded(), abs(value) < 1e15 {
                    out += String(Int(value)).utf8
                    out += Self.pointZero
                } else {
                    out += String(value).utf8
                }
            } else {
                out += Self.nullBytes
            }
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += [UInt8(ascii: "["), UInt8(ascii: "]")]
                return
            }
            out.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&out, indent + 1) }
                item.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                out += [UInt8(ascii: "{"), UInt8(ascii: "}")]
                return
            }
            out.append(UInt8(ascii: "{"))
            for (offset, (key, value)) in members.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&out, indent + 1) }
                Self.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let pointZero = Array(".0".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Writes `value` as a JSON string literal, escaping quotes, backslashes, control characters,
    /// and U+2028/U+2029 (so that the output is also safe inside a `<script>` element).
    private static func writeString(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            func flush(_ end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while index < count {
                let byte = bytes[index]
                var escape: [UInt8]?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): escape = [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0A: escape = [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: escape = [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: escape = [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0x00..<0x20:
                    escape = Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                case 0xE2
                where index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default:
                    break
                }
                if let escape {
                    flush(index)
                    out.append(contentsOf: escape)
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            flush(count)
        }
        out.append(UInt8(ascii: "\""))
    }
}
