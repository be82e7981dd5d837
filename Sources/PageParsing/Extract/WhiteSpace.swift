/// White space as pages write it: ASCII spaces and tabs, no-break spaces (U+00A0, U+202F,
/// U+2007), zero-width spaces (U+200B, U+FEFF) and other Unicode spaces (U+2000–U+200A).
enum WhiteSpace {
    /// The length of the white-space character at `index`, or 0 if there is none.
    @inline(__always)
    static func length(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = buffer[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { return 1 }
        if byte == 0xC2, index + 1 < end, buffer[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < end, buffer[index + 1] == 0x80 {
            let third = buffer[index + 2]
            if (third >= 0x80 && third <= 0x8B) || third == 0xAF { return 3 }
        }
        if byte == 0xEF, index + 2 < end, buffer[index + 1] == 0xBB, buffer[index + 2] == 0xBF { return 3 }
        return 0
    }

    /// The bounds of `buffer[start..<end]` without leading and trailing white space.
    static func trimmedBounds(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> (Int, Int) {
        var lower = start
        while lower < end {
            let width = length(buffer, at: lower, end: end)
            if width == 0 { break }
            lower += width
        }
        var upper = end
        while upper > lower {
            if let width = trailingWidth(buffer, lower: lower, upper: upper) {
                upper -= width
            } else {
                break
            }
        }
        return (lower, upper)
    }

    /// Whether `buffer[start..<end]` (trimmed) is as `folded` gives it: its only white space is
    /// single ASCII spaces.
    static func isFolded(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        var index = start
        var afterSpace = false
        while index < end {
            let width = length(buffer, at: index, end: end)
            if width == 0 {
                afterSpace = false
                index += 1
                continue
            }
            if width != 1 || buffer[index] != 0x20 || afterSpace { return false }
            afterSpace = true
            index += 1
        }
        return true
    }

    /// The bytes of `buffer[start..<end]` with each run of white space folded to one ASCII space.
    static func folded(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var index = start
        var pendingSpace = false
        while index < end {
            let width = length(buffer, at: index, end: end)
            if width > 0 {
                pendingSpace = true
                index += width
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(buffer[index])
            index += 1
        }
        return out
    }

    /// Appends the bytes of `buffer[start..<end]` to `out` with no-break spaces (U+00A0, U+202F)
    /// made plain spaces; the runs between them are copied whole.
    static func appendPlainingNoBreakSpaces(
        _ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, to out: inout [UInt8]
    ) {
        var runStart = start
        var index = start
        while index < end {
            let byte = buffer[index]
            let width: Int
            if byte == 0xC2, index + 1 < end, buffer[index + 1] == 0xA0 {
                width = 2
            } else if byte == 0xE2, index + 2 < end, buffer[index + 1] == 0x80, buffer[index + 2] == 0xAF {
                width = 3
            } else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
            out.append(0x20)
            index += width
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<end]))
    }

    /// `text` trimmed of white space at both ends.
    static func trimmed(_ text: String) -> String {
        var bytes = Array(text.utf8)
        let (lower, upper) = bytes.withUnsafeBufferPointer { trimmedBounds($0, start: 0, end: $0.count) }
        bytes = Array(bytes[lower..<upper])
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func trailingWidth(_ buffer: UnsafeBufferPointer<UInt8>, lower: Int, upper: Int) -> Int? {
        for width in [1, 2, 3] where upper - width >= lower {
            if length(buffer, at: upper - width, end: upper) == width { return width }
        }
        return nil
    }
}
