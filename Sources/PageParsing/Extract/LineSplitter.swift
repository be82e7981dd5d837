/// Splits text into lines at LF, CRLF and CR, keeping byte offsets.
enum LineSplitter {
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    /// The lines of `bytes`. A final line break does not start an empty line.
    /// - Complexity: O(n) in the number of bytes.
    static func split(_ bytes: [UInt8]) -> SourceLines {
        bytes.withUnsafeBufferPointer { buffer in
            // Sized before it fills: a page's lines are most of its memory while it is read.
            var lines = SourceLines(bytes: bytes, capacity: lineCount(buffer))
            var start = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == lf || byte == cr {
                    lines.append(buffer, start: start, end: index)
                    if byte == cr, index + 1 < count, buffer[index + 1] == lf { index += 1 }
                    index += 1
                    start = index
                    continue
                }
                index += 1
            }
            if start < count { lines.append(buffer, start: start, end: count) }
            return lines
        }
    }

    /// How many lines `split` finds in `buffer`.
    private static func lineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index < buffer.count {
            let byte = buffer[index]
            if byte == lf || byte == cr {
                count += 1
                if byte == cr, index + 1 < buffer.count, buffer[index + 1] == lf { index += 1 }
            }
            index += 1
        }
        let last = buffer.last
        return buffer.isEmpty || last == lf || last == cr ? count : count + 1
    }
}
