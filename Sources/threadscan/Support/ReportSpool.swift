import Foundation

/// Where `scan` keeps the threads of a batch report that opens with an index, until every thread
/// is known: an unlinked temporary file, so that memory stays the size of the largest thread
/// however long the batch.
final class ReportSpool {
    private let descriptor: Int32
    /// The first write error, reported by `drain`.
    private var failure: String?

    /// - Throws: `CommandFailure` when no temporary file can be made.
    init() throws(CommandFailure) {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/threadscan-report-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw CommandFailure(
                message: "cannot make a temporary file in \(folder) for the report: \(String(cString: strerror(errno)))"
            )
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `text`.
    func write(_ text: String) {
        guard !text.isEmpty, failure == nil else { return }
        var text = text
        failure = text.withUTF8 { OutputDescriptor.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Hands everything written, in order, to `deliver` in chunks of at most 1 MiB.
    /// - Throws: `CommandFailure` when a write or a read failed.
    func drain(into deliver: ([UInt8]) -> Void) throws(CommandFailure) {
        if let failure { throw CommandFailure(message: "cannot write the report's temporary file: \(failure)") }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw CommandFailure(
                message: "cannot read the report's temporary file: \(String(cString: strerror(errno)))")
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw CommandFailure(
                    message: "cannot read the report's temporary file: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return }
            deliver(Array(buffer[..<count]))
        }
    }
}
