import Foundation

/// Reads text input line by line (a file or standard input), without loading it whole.
struct InputLines: IteratorProtocol {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    private var isClosed = false

    /// Opens `path`, or standard input for `-` or `nil`.
    init(path: String?) throws(CommandFailure) {
        if let path, path != "-" {
            guard let file = fopen(path, "r") else {
                throw CommandFailure(message: "\(path): cannot read: \(String(cString: strerror(errno)))")
            }
            self.file = file
            ownsFile = true
        } else {
            guard let file = fdopen(STDIN_FILENO, "r") else {
                throw CommandFailure(message: "cannot read standard input")
            }
            self.file = file
            ownsFile = false
        }
    }

    /// The next line without its line break, or `nil` at the end (invalid UTF-8 is replaced).
    mutating func next() -> String? {
        guard !isClosed else { return nil }
        let length = getline(&buffer, &capacity, file)
        guard length >= 0, let buffer else {
            close()
            return nil
        }
        var count = length
        while count > 0, buffer[count - 1] == 0x0A || buffer[count - 1] == 0x0D { count -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    private mutating func close() {
        if ownsFile { fclose(file) }
        free(buffer)
        buffer = nil
        isClosed = true
    }

    /// All of standard input as one text.
    static func readAll() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
