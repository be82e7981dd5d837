import ThreadModel

/// Where a decoder puts what it reads: the scalars, the offsets of the bytes it had to replace,
/// and the map from text offsets back to file offsets.
struct DecodeOutput {
    /// Messages of the warnings decoders give, named once so tests quote the same text.
    enum Message {
        static let nulByte = "NUL byte replaced with U+FFFD"
        static let nulCharacter = "NUL character replaced with U+FFFD"
        static let invalidUTF8 = "invalid UTF-8 byte replaced with U+FFFD"
        static let unpairedSurrogate = "unpaired UTF-16 surrogate replaced with U+FFFD"
        static let oddUTF16Byte = "odd trailing byte in UTF-16 text ignored"
        static func invalid(in encoding: TextEncoding) -> String {
            "byte not valid in \(encoding.name) replaced with U+FFFD"
        }
    }

    /// A list of offsets that keeps the first `TextDecoder.maxReportedOffsets` and a count.
    struct Offsets {
        var first: [Int] = []
        var count = 0

        mutating func add(_ offset: Int) {
            count += 1
            if first.count < TextDecoder.maxReportedOffsets { first.append(offset) }
        }

        /// One warning per offset kept, then one that counts the rest (`N more after byte B: …`).
        func warnings(_ message: String) -> [ParseWarning] {
            var warnings = first.map { ParseWarning(byteOffset: $0, message: message) }
            if count > first.count, let last = first.last {
                warnings.append(
                    ParseWarning(byteOffset: nil, message: "\(count - first.count) more after byte \(last): \(message)"))
            }
            return warnings
        }
    }

    /// The text so far, as UTF-8.
    var utf8: [UInt8] = []
    var errors = Offsets()
    var nuls = Offsets()
    var map: SourceOffsetMap
    private var textOffset = 0
    /// File offset minus text offset at the end of the text so far.
    private var distance: Int

    init(start: Int, capacity: Int) {
        map = SourceOffsetMap(start: start)
        distance = start
        utf8.reserveCapacity(capacity)
    }

    /// Appends `scalar`, read from the file bytes `start..<end`; U+0000 becomes U+FFFD and is noted.
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
        if scalar.value == 0 {
            nuls.add(start)
            appendScalar("\u{FFFD}", from: start, to: end)
        } else {
            appendScalar(scalar, from: start, to: end)
        }
    }

    /// Appends the code point `value` (known valid), read from `start..<end`.
    @inline(__always)
    mutating func append(codePoint value: UInt32, from start: Int, to end: Int) {
        append(Unicode.Scalar(value) ?? "\u{FFFD}", from: start, to: end)
    }

    /// Appends U+FFFD for the bytes `start..<end` that mean nothing in the encoding.
    mutating func error(from start: Int, to end: Int) {
        errors.add(start)
        appendScalar("\u{FFFD}", from: start, to: end)
    }

    @inline(__always)
    private mutating func appendScalar(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
        if scalar.value < 0x80 && end - start == 1 && start - textOffset == distance {
            utf8.append(UInt8(scalar.value))
            textOffset += 1
            return
        }
        if start - textOffset != distance { map.note(textOffset: textOffset, fileOffset: start) }
        utf8 += scalar.utf8
        textOffset += scalar.utf8.count
        distance = end - textOffset
        map.note(textOffset: textOffset, fileOffset: end)
    }
}
