/// A `JSONOutput` that escapes straight into UTF-8 bytes: compact on one line, or indented by two
/// spaces when `pretty`. No value tree and no `String` of the whole document are made.
///
/// Strings escape quotes, backslashes, control characters and U+2028/U+2029 (so that the output
/// is also safe inside a `<script>` element), copying the runs between them whole.
package struct JSONWriter: JSONOutput {
    /// The bytes written so far.
    package var bytes: [UInt8]
    private let pretty: Bool
    /// For each open container, whether it has an element yet.
    private var filled: [Bool] = []
    /// Whether a key was just written, so that the value follows it directly.
    private var afterKey = false
    /// Where the bytes go once `flushAt` of them are written, if anywhere.
    private let sink: (([UInt8]) -> Void)?
    private let flushAt: Int

    /// A writer appending to `bytes`.
    package init(pretty: Bool = false, bytes: [UInt8] = []) {
        self.pretty = pretty
        self.bytes = bytes
        sink = nil
        flushAt = .max
    }

    /// A writer that hands its bytes to `sink` whenever `chunk` of them are written, so that a
    /// document of any size is held only a chunk at a time; `flush()` hands over the rest.
    package init(pretty: Bool, chunk: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
        self.pretty = pretty
        bytes = []
        bytes.reserveCapacity(chunk + 1024)
        self.sink = sink
        flushAt = chunk
    }

    /// Hands the bytes written so far to the sink (nothing without one).
    package mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// A writer that takes over `out`'s bytes, leaving `out` empty; hand them back with `finish(into:)`.
    package init(pretty: Bool, continuing out: inout [UInt8]) {
        self.pretty = pretty
        bytes = []
        sink = nil
        flushAt = .max
        swap(&bytes, &out)
    }

    /// Moves the bytes written into `out`, which must be empty.
    package mutating func finish(into out: inout [UInt8]) {
        swap(&bytes, &out)
    }

    package mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    package mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    package mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    package mutating func key(_ name: JSONKey) {
        separate()
        switch name.name {
        case .literal(let literal):
            bytes.append(UInt8(ascii: "\""))
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "\""))
        case .text(let text):
            Self.escape(text, into: &bytes)
        }
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    package mutating func null() {
        prefix()
        bytes += Self.nullBytes
    }

    package mutating func bool(_ value: Bool) {
        prefix()
        bytes += value ? Self.trueBytes : Self.falseBytes
    }

    package mutating func int(_ value: Int) {
        prefix()
        Self.digits(value, into: &bytes)
    }

    package mutating func double(_ value: Double) {
        prefix()
        guard value.isFinite else {
            bytes += Self.nullBytes
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            Self.digits(Int(value), into: &bytes)
            bytes += Self.pointZero
        } else {
            bytes += String(value).utf8
        }
    }

    package mutating func string(_ value: String) {
        prefix()
        Self.escape(value, into: &bytes)
        if bytes.count >= flushAt { flush() }
    }

    private mutating func open(_ bracket: UInt8) {
        prefix()
        bytes.append(bracket)
        filled.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = filled.removeLast()
        if pretty, hadElements { newline() }
        bytes.append(bracket)
        if bytes.count >= flushAt { flush() }
    }

    /// What comes before a value: nothing after a key, else the separator of the array it is in.
    private mutating func prefix() {
        if afterKey {
            afterKey = false
        } else if !filled.isEmpty {
            separate()
        }
    }

    /// A comma after an earlier element, then the element's line when pretty.
    private mutating func separate() {
        let innermost = filled.count - 1
        if filled[innermost] {
            bytes.append(UInt8(ascii: ","))
        } else {
            filled[innermost] = true
        }
        if pretty { newline() }
    }

    /// A line break and the indentation of the depth: copied from `indentation` in one piece.
    private mutating func newline() {
        bytes.append(0x0A)
        var width = filled.count * 2
        while width > 0 {
            let piece = min(width, Self.indentation.count)
            Self.indentation.withUnsafeBufferPointer {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<piece]))
            }
            width -= piece
        }
    }

    private static let indentation = [UInt8](repeating: UInt8(ascii: " "), count: 64)
    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let pointZero = Array(".0".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The decimal digits of `value`, with a `-` when negative.
    private static func digits(_ value: Int, into out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: digits[start...])
        }
    }

    /// `value` as a JSON string literal.
    /// - Complexity: O(n) in its UTF-8 length; runs that need no escaping are copied whole.
    static func escape(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { text in
            var runStart = 0
            var index = 0
            let count = text.count
            while index < count {
                let byte = text[index]
                let width: Int
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                    index += 1
                    continue
                }
                if byte == 0xE2 {
                    guard index + 2 < count, text[index + 1] == 0x80, text[index + 2] == 0xA8 || text[index + 2] == 0xA9
                    else {
                        index += 1
                        continue
                    }
                    width = 3
                } else {
                    width = 1
                }
                if index > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0xE2: out += text[index + 2] == 0xA8 ? Array("u2028".utf8) : Array("u2029".utf8)
                default:
                    out += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
                    out += [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                }
                index += width
                runStart = index
            }
            if count > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<count])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
