import Foundation

/// Where `scan` writes its report (and `lexicon fit` its weights): standard output, or the file
/// given with `-o`, written as the threads come in.
///
/// A regular file is written safely: into a temporary file in the same folder, flushed to disk
/// and renamed into place at the end, so that a crash, a kill or a full disk never leaves half a
/// report and never loses the previous one. A symbolic link is written through to its target. A
/// file with other hard links is rewritten in place once the new report is complete (a rename
/// would cut the links). A device or pipe (`/dev/stdout`) is written directly.
final class ReportDestination {
    /// How the report reaches its place.
    private enum Target {
        case standardOutput
        case direct(descriptor: Int32)
        case replacing(temporary: String, descriptor: Int32, final: String, inPlace: Bool)
    }

    private let terminal: Terminal
    private var target: Target
    private let path: String
    /// The first write error, reported at `close()`.
    private var failure: String?
    /// What is written, as error messages name it (`the report`).
    private let contents: String

    /// Standard output when `path` is `nil` or `-`; otherwise the file at `path`.
    /// - Throws: `CommandFailure` when the file cannot be created.
    init(path: String?, terminal: Terminal, contents: String = "the report") throws(CommandFailure) {
        self.terminal = terminal
        self.path = path ?? "-"
        self.contents = contents
        guard let path, path != "-" else {
            target = .standardOutput
            return
        }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let descriptor = open(path, O_WRONLY | O_TRUNC)
            guard descriptor >= 0 else { throw Self.failure(path, contents, errno) }
            target = .direct(descriptor: descriptor)
            return
        }
        let final =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map {
                $0.hasPrefix("/")
                    ? $0 : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent($0)
            } ?? path
        let folder = (final as NSString).deletingLastPathComponent
        let name = (final as NSString).lastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(
            ".\(name).threadscan-\(getpid()).tmp")
        let exists = stat(final, &info) == 0
        let mode = exists ? info.st_mode & 0o7777 : 0o666
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw Self.failure(path, contents, errno) }
        target = .replacing(
            temporary: temporary, descriptor: descriptor, final: final, inPlace: exists && info.st_nlink > 1)
    }

    /// Whether the report goes to standard output.
    var isStandardOutput: Bool {
        if case .standardOutput = target { return true }
        return false
    }

    /// Appends `text` to the report.
    func write(_ text: String) {
        write(bytes: Array(text.utf8))
    }

    /// Appends `bytes` to the report.
    func write(bytes: [UInt8]) {
        guard !bytes.isEmpty, failure == nil else { return }
        switch target {
        case .standardOutput:
            terminal.write(bytes: bytes)
        case .direct(let descriptor), .replacing(_, let descriptor, _, _):
            if let error = OutputDescriptor.writeAll(bytes, to: descriptor) { failure = error }
        }
    }

    /// Sends what was written to standard output on at once (a file's writes are not buffered).
    func flush() {
        if case .standardOutput = target { terminal.flush() }
    }

    /// Finishes the report: flushes it and moves it into place.
    /// - Throws: `CommandFailure` naming the file and the system's reason when any write failed;
    ///   the previous report, if any, is then left as it was. (A failed write to standard output
    ///   is reported once, when the process ends.)
    func close() throws(CommandFailure) {
        switch target {
        case .standardOutput:
            terminal.flush()
        case .direct(let descriptor):
            Glibc.close(descriptor)
            if let failure { throw CommandFailure(message: "\(path): cannot write \(contents): \(failure)") }
        case .replacing(let temporary, let descriptor, let final, let inPlace):
            if failure == nil, fsync(descriptor) != 0, errno != EINVAL { failure = String(cString: strerror(errno)) }
            Glibc.close(descriptor)
            if failure == nil {
                failure = inPlace ? Self.copy(temporary, into: final) : Self.rename(temporary, to: final)
            }
            unlink(temporary)
            if let failure {
                throw CommandFailure(
                    message: "\(path): cannot write \(contents): \(failure); the previous file, if any, is unchanged")
            }
        }
    }

    private static func rename(_ from: String, to: String) -> String? {
        Glibc.rename(from, to) == 0 ? nil : String(cString: strerror(errno))
    }

    /// Rewrites `final` in place with the bytes of `temporary` (keeping its hard links).
    private static func copy(_ temporary: String, into final: String) -> String? {
        guard let data = FileManager.default.contents(atPath: temporary) else { return "cannot read \(temporary)" }
        let descriptor = open(final, O_WRONLY | O_TRUNC)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { Glibc.close(descriptor) }
        if let error = OutputDescriptor.writeAll([UInt8](data), to: descriptor) { return error }
        return fsync(descriptor) == 0 || errno == EINVAL ? nil : String(cString: strerror(errno))
    }

    private static func failure(_ path: String, _ contents: String, _ code: Int32) -> CommandFailure {
        CommandFailure(
            message:
                "\(path): cannot write \(contents) there: \(String(cString: strerror(code))) (check the folder exists and is writable)"
        )
    }
}
