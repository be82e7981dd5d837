import Foundation

/// Standard output and error, and what the terminal can show.
final class Terminal: @unchecked Sendable {
    private var outBuffer: [UInt8] = []

    /// Whether standard output is a terminal.
    let stdoutIsTTY: Bool
    /// Whether standard error is a terminal.
    let stderrIsTTY: Bool
    /// Whether `NO_COLOR` is set (and not empty).
    let noColor: Bool
    /// Whether `TERM` is `dumb`: a terminal that cannot move the cursor or show colour.
    let isDumb: Bool

    init() {
        stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        stderrIsTTY = isatty(STDERR_FILENO) == 1
        let environment = ProcessInfo.processInfo.environment
        noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        isDumb = environment["TERM"] == "dumb"
    }

    /// Whether standard output gets colour under `--color WHEN`: `always`, `never`, or `auto` (on a
    /// terminal, without `NO_COLOR`, and not `TERM=dumb`).
    func colorOnStdout(_ when: ColorChoice) -> Bool {
        switch when {
        case .always: true
        case .never: false
        case .auto: stdoutIsTTY && !noColor && !isDumb
        }
    }

    /// Whether standard error may show a progress bar: a terminal that can move the cursor.
    var progressOnStderr: Bool { stderrIsTTY && !isDumb }

    /// How many bytes standard output buffers before it writes them.
    private static let bufferSize = 1 << 16

    /// Writes `text` to standard output (buffered; flushed by `flush()` and at exit).
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Writes bytes to standard output (buffered as `write(_:)` is).
    func write(bytes: [UInt8]) {
        bytes.withUnsafeBytes { write(buffer: $0) }
    }

    /// Writes bytes to standard output: buffered when they are few, else written straight from
    /// where they are (a report of a 100 MB page is not copied into the buffer).
    func write(buffer: UnsafeRawBufferPointer) {
        guard buffer.count >= Self.bufferSize else {
            outBuffer.append(contentsOf: buffer)
            if outBuffer.count >= Self.bufferSize { flush() }
            return
        }
        flush()
        if let error = OutputDescriptor.writeAll(buffer, to: STDOUT_FILENO), writeError == nil, errno != EPIPE {
            writeError = error
        }
    }

    /// Writes `text` to standard error at once.
    func error(_ text: String) {
        flush()
        _ = OutputDescriptor.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Flushes buffered standard output.
    func flush() {
        guard !outBuffer.isEmpty else { return }
        if let error = OutputDescriptor.writeAll(outBuffer, to: STDOUT_FILENO), writeError == nil, errno != EPIPE {
            writeError = error
        }
        outBuffer.removeAll(keepingCapacity: true)
    }

    /// The system's reason when writing to standard output failed (a full disk); a reader that
    /// closed the pipe early (`| head`) is not a failure.
    private(set) var writeError: String?
}
