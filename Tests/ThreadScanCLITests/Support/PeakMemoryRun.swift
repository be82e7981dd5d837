import Foundation

/// Runs the built binary and measures its peak resident memory and CPU time, through a small
/// Python parent that forks it and reads `wait4`'s `ru_maxrss`.
///
/// The test process cannot spawn the binary and read `ru_maxrss` itself: `posix_spawn` starts the
/// child in the test process's memory (vfork), and Linux carries that memory's high-water mark
/// across `exec`, so every child would report at least the test process's own peak. A small
/// parent that forks puts only its own few megabytes under the child's figure (the same for
/// every run, so a run on an empty input subtracts it).
enum PeakMemoryRun {
    /// The Python interpreter, or `nil` when none is installed (the tests that need it skip).
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private static let script = """
        import os, sys
        pid = os.fork()
        if pid == 0:
            null = os.open("/dev/null", os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            os.execv(sys.argv[1], sys.argv[1:])
        _, status, usage = os.wait4(pid, 0)
        print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, status)
        """

    /// The CPU seconds and the peak resident bytes of `threadscan arguments`, output discarded.
    static func measure(_ arguments: [String]) throws -> (seconds: Double, peakBytes: Int) {
        guard let python else { throw CocoaError(.executableNotLoadable) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, CLIRunner.binary.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard fields.count == 3, let seconds = Double(fields[0]), let peak = Int(fields[1]) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return (seconds, peak)
    }
}
