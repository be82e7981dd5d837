import Foundation

/// Where `scan` writes its report: standard output, or the file given with `-o`, written as the
/// threads come in.
final class ReportDestination {
    private let terminal: Terminal
    private let file: FileHandle?

    /// Standard output when `path` is `nil` or `-`; otherwise the file, created or emptied.
    init(path: String?, terminal: Terminal) throws {
        self.terminal = terminal
        guard let path, path != "-" else {
            file = nil
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw CommandFailure(
                message: "\(path): cannot write the report there (check the folder exists and is writable)")
        }
        file = handle
    }

    /// Whether the report goes to standard output.
    var isStandardOutput: Bool { file == nil }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if let file {
            file.write(Data(text.utf8))
        } else {
            terminal.write(text)
        }
    }

    func close() {
        try? file?.close()
        terminal.flush()
    }
}
