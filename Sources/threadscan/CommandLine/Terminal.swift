import Foundation

/// Standard output and error, and what the terminal can show.
final class Terminal: @unchecked Sendable {
    private var outBuffer: [UInt8] = []

    /// Whether standard output is a terminal.
    let stdoutIsTTY: Bool
    /// Whether standard error is a terminal.
    let stderrIsTTY: Bool
    /// Whether colour is allowed: output on a terminal and `NO_COLOR` unset.
    let colorOnStdout: Bool

    init() {
        stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        stderrIsTTY = isatty(STDERR_FILENO) == 1
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colorOnStdout = stdoutIsTTY && !noColor
    }

    /// Writes `text` to standard output (buffered; flushed by `flush()` and at exit).
    func write(_ text: String) {
        outBuffer.append(contentsOf: text.utf8)
        if outBuffer.count >= 1 << 16 { flush() }
    }

    /// Writes bytes to standard output.
    func write(bytes: [UInt8]) {
        outBuffer.append(contentsOf: bytes)
        flush()
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
