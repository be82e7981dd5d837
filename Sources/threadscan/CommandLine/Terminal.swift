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

    /// Writes `text` to standard output (buffered; flushed by `flush()` and at exit).
    func write(_ text: String) {
        outBuffer.append(contentsOf: text.utf8)
        if outBuffer.count >= 1 << 16 { flush() }
    }

    /// Writes bytes to standard output (buffered as `write(_:)` is; 64 KiB or more go out at once,
    /// without a copy).
    func write(bytes: [UInt8]) {
        guard bytes.count < 1 << 16 else {
            flush()
            send(bytes)
            return
        }
        outBuffer.append(contentsOf: bytes)
        if outBuffer.count >= 1 << 16 { flush() }
    }

    /// Writes `text` to standard error at once.
    func error(_ text: String) {
        flush()
        _ = OutputDescriptor.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Flushes buffered standard output.
    func flush() {
        guard !outBuffer.isEmpty else { return }
        send(outBuffer)
        outBuffer.removeAll(keepingCapacity: true)
    }

    private func send(_ bytes: [UInt8]) {
        if let error = OutputDescriptor.writeAll(bytes, to: STDOUT_FILENO), writeError == nil, errno != EPIPE {
            writeError = error
        }
    }

    /// The system's reason when writing to standard output failed (a full disk); a reader that
    /// closed the pipe early (`| head`) is not a failure.
    private(set) var writeError: String?
}
