import PageParsing
import Reports

/// A strict JSON parser (RFC 8259) over bytes: UTF-8 only, no trailing commas, no comments, no
/// duplicate object keys, no lone surrogates, nesting at most `maximumDepth` deep, nothing after
/// the value but whitespace. Object members keep their order.
///
/// Errors carry the byte offset where the input stopped making sense and what was expected there.
package struct JSONParser {
    /// The deepest nesting of arrays and objects accepted by default.
    package static let defaultMaximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private var offset = 0

    /// Parses `bytes` as one JSON value.
    /// - Throws: `JSONParseError` with the byte offset of the first problem.
    /// - Complexity: O(n) in the number of bytes.
    package static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(JSONParseError)
        -> JSONValue
    {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, maximumDepth: maximumDepth)
            do throws(JSONParseError) {
                parser.skipWhitespace()
                let value = try parser.value(depth: 0)
                parser.skipWhitespace()
                guard parser.offset == buffer.count else { throw parser.error(JSONParseError.Message.trailingData) }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    private func error(_ message: String) -> JSONParseError {
        JSONParseError(offset: offset, message: message)
    }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    private mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard let byte = current else { throw error(JSONParseError.Message.unexpectedEnd) }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error(JSONParseError.Message.expectedValue)
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw error(JSONParseError.Message.expectedValue) }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] {
            throw error(JSONParseError.Message.expectedValue)
        }
        offset += count
        return value
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maximumDepth else { throw error(JSONParseError.Message.tooDeep(maximumDepth)) }
        offset += 1
        var members: [(String, JSONValue)] = []
        var keys: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            guard current == UInt8(ascii: "\"") else { throw error(JSONParseError.Message.expectedKey) }
            let keyOffset = offset
            let key = try string()
            guard keys.insert(key).inserted else {
                throw JSONParseError(offset: keyOffset, message: JSONParseError.Message.duplicateKey(key))
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(JSONParseError.Message.expectedColon) }
            offset += 1
            skipWhitespace()
            members.append((key, try value(depth: depth)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                offset += 1
                return .object(members)
            default: throw error(JSONParseError.Message.expectedCommaOrBrace)
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maximumDepth else { throw error(JSONParseError.Message.tooDeep(maximumDepth)) }
        offset += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            items.append(try value(depth: depth))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                offset += 1
                return .array(items)
            default: throw error(JSONParseError.Message.expectedCommaOrBracket)
            }
        }
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = offset
        var isInteger = true
        if current == UInt8(ascii: "-") { offset += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            let first = parser.offset
            while let byte = parser.current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { parser.offset += 1 }
            return parser.offset - first
        }
        if current == UInt8(ascii: "0") {
            offset += 1
        } else if digits(&self) == 0 {
            throw error(JSONParseError.Message.badNumber)
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard digits(&self) > 0 else { throw error(JSONParseError.Message.badNumber) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard digits(&self) > 0 else { throw error(JSONParseError.Message.badNumber) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else {
            throw JSONParseError(offset: start, message: JSONParseError.Message.badNumber)
        }
        return .double(value)
    }

    /// A string literal starting at the opening quote; its bytes must be valid UTF-8.
    private mutating func string() throws(JSONParseError) -> String {
        offset += 1
        var out: [UInt8] = []
        var runStart = offset
        while true {
            guard let byte = current else { throw error(JSONParseError.Message.unterminatedString) }
            switch byte {
            case UInt8(ascii: "\""):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                offset += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                try escape(into: &out)
                runStart = offset
            case 0x00..<0x20:
                throw error(JSONParseError.Message.controlCharacter)
            case 0x80...:
                try skipMultibyte()
            default:
                offset += 1
            }
        }
    }

    /// Checks one multi-byte UTF-8 sequence at `offset` (shortest form, no surrogates, at most
    /// U+10FFFF) and moves past it.
    private mutating func skipMultibyte() throws(JSONParseError) {
        let (length, valid) = UTF8Scan.sequence(bytes, at: offset)
        guard valid else { throw error(JSONParseError.Message.invalidUTF8) }
        offset += length
    }

    private mutating func escape(into out: inout [UInt8]) throws(JSONParseError) {
        offset += 1
        guard let byte = current else { throw error(JSONParseError.Message.unterminatedString) }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            let escapeStart = offset - 2
            var scalar = try hex4()
            if scalar >= 0xD800, scalar <= 0xDBFF {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                    bytes[offset + 1] == UInt8(ascii: "u")
                else { throw JSONParseError(offset: escapeStart, message: JSONParseError.Message.loneSurrogate) }
                offset += 2
                let low = try hex4()
                guard low >= 0xDC00, low <= 0xDFFF else {
                    throw JSONParseError(offset: escapeStart, message: JSONParseError.Message.loneSurrogate)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00, scalar <= 0xDFFF {
                throw JSONParseError(offset: escapeStart, message: JSONParseError.Message.loneSurrogate)
            }
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            offset -= 1
            throw error(JSONParseError.Message.badEscape)
        }
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error(JSONParseError.Message.badEscape) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = HexDigit.value(bytes[offset]) else { throw error(JSONParseError.Message.badEscape) }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
