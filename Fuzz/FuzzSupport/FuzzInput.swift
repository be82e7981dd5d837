/// A fuzzer's input taken apart: the bytes up to the first line feed (a choice: a selector, a
/// charset label, a file name) and the bytes after it (the data).
package struct FuzzInput {
    /// The bytes before the first line feed; all of the input when it has none.
    package var head: [UInt8]
    /// The bytes after the first line feed; empty when the input has none.
    package var rest: [UInt8]

    /// The input at `data`, `count` bytes long, split at its first line feed.
    package init(_ data: UnsafePointer<UInt8>, count: Int) {
        let bytes = Array(UnsafeBufferPointer(start: data, count: count))
        guard let newline = bytes.firstIndex(of: 0x0A) else {
            head = bytes
            rest = []
            return
        }
        head = Array(bytes[..<newline])
        rest = Array(bytes[(newline + 1)...])
    }

    /// The whole input, as the fuzzer gave it.
    package var all: [UInt8] { rest.isEmpty && !head.isEmpty ? head : head + [0x0A] + rest }

    /// The head as text (invalid UTF-8 replaced).
    package var headText: String { String(decoding: head, as: UTF8.self) }
}
