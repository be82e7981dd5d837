import Foundation

/// Reads lines of bytes from a file descriptor or a buffer, in chunks, without loading the
/// input whole. A line ends at LF, CR or CRLF (a CRLF split across two chunks is one break).
package struct ByteLineReader {
    /// Where the bytes come from.
    private enum Source {
        case descriptor(Int32, owned: Bool)
        case exhausted
    }

    /// How many bytes one read asks for.
    static let chunkSize = 1 << 16

    private var source: Source
    private var buffer: [UInt8]
    private var position = 0
    private var pendingCR = false
    /// The 1-based number of the line `next()` returned last.
    package private(set) var lineNumber = 0

    /// Reads all of `bytes`.
    package init(bytes: [UInt8]) {
        source = .exhausted
        buffer = bytes
    }

    /// Reads the file at `path`, or standard input for `-` or `nil`.
    /// - Throws: `DataTableError.unreadable` when the file cannot be opened.
    package init(path: String?) throws(DataTableError) {
        buffer = []
        guard let path, path != "-" else {
            source = .descriptor(STDIN_FILENO, owned: false)
            return
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        source = .descriptor(descriptor, owned: true)
    }

    /// The next line without its line break, or `nil` at the end of the input.
    /// - Complexity: O(n) in the line's length, amortised over the reads.
    package mutating func next() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position == buffer.count, !refill() {
                guard !line.isEmpty else { return nil }
                lineNumber += 1
                return line
            }
            if pendingCR {
                pendingCR = false
                if buffer[position] == 0x0A { position += 1 }
                continue
            }
            let start = position
            while position < buffer.count, buffer[position] != 0x0A, buffer[position] != 0x0D { position += 1 }
            line.append(contentsOf: buffer[start..<position])
            if position < buffer.count {
                pendingCR = buffer[position] == 0x0D
                position += 1
                lineNumber += 1
                return line
            }
        }
    }

    /// Reads the next chunk into the buffer; `false` at the end of the input.
    private mutating func refill() -> Bool {
        guard case .descriptor(let descriptor, let owned) = source else { return false }
        buffer.removeAll(keepingCapacity: true)
        position = 0
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                if owned { close(descriptor) }
                source = .exhausted
                return false
            }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }
}
