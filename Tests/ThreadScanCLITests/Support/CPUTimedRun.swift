import Foundation

/// Runs the built binary and measures the CPU time (user + system) of that process alone, so
/// that growth checks hold on a shared machine and while other tests run.
enum CPUTimedRun {
    /// The CPU seconds `threadscan arguments` took, output discarded.
    static func seconds(_ arguments: [String]) throws -> Double {
        let usage = try usage(arguments)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The peak resident memory of `threadscan arguments`, in kilobytes, output discarded.
    static func peakKilobytes(_ arguments: [String]) throws -> Int {
        try measure(arguments).peakBytes / 1024
    }

    /// The CPU seconds `threadscan arguments` took and the most memory it held resident at once
    /// (its peak resident set, in bytes), output discarded.
    ///
    /// The child is started by a small Python parent that forks and waits, not by this test
    /// process: a child spawned here (`posix_spawn` clones the parent's memory until `exec`) is
    /// charged this process's resident set as its `ru_maxrss`, over 100 MB in a full test run,
    /// which would hide the peak being measured. The Python parent's few megabytes are the floor.
    static func measure(_ arguments: [String]) throws -> (seconds: Double, peakBytes: Int) {
        let script = """
            import os, sys
            pid = os.fork()
            if pid == 0:
                null = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2): os.dup2(null, fd)
                os.execv(sys.argv[2], sys.argv[2:])
            _, status, usage = os.wait4(pid, 0)
            with open(sys.argv[1], "w") as out:
                out.write(f"{usage.ru_utime + usage.ru_stime} {usage.ru_maxrss * 1024}")
            """
        // The figures come back in a file, not a pipe: reading a pipe with `FileHandle` traps
        // when a signal interrupts the read (other tests' children exiting), waiting does not.
        let result = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-usage-\(UUID())")
        defer { try? FileManager.default.removeItem(at: result) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, result.path, CLIRunner.binary.path] + arguments
        try python.run()
        python.waitUntilExit()
        let data = (try? Data(contentsOf: result)) ?? Data()
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard python.terminationStatus == 0, fields.count == 2, let seconds = Double(fields[0]),
            let peak = Int(fields[1])
        else { throw CocoaError(.executableLoad) }
        return (seconds, peak)
    }

    /// What `wait4` reports of one run of `threadscan arguments` spawned by this process (CPU
    /// times; its `ru_maxrss` includes this process's own memory, see ``measure(_:)``).
    static func usage(_ arguments: [String]) throws -> rusage {
        let argv = ([CLIRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, CLIRunner.binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        return usage
    }

    /// How much more CPU time a run on `large` takes than one on `small`, each less the time of a
    /// run on an empty input (the start-up: lexicons, tables). The best of `tries` runs each.
    static func growth(
        small: [UInt8], large: [UInt8], fileExtension: String, command: [String] = ["scan"], tries: Int = 2
    ) throws -> Double {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-growth-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func best(_ bytes: [UInt8], _ name: String) throws -> Double {
            let url = folder.appendingPathComponent("\(name).\(fileExtension)")
            try Data(bytes).write(to: url)
            return try (0..<tries).map { _ in try seconds(command + [url.path, "--format", "json"]) }.min()!
        }
        let base = try best([], "empty")
        let smallTime = max(try best(small, "small") - base, 0.01)
        let largeTime = max(try best(large, "large") - base, 0.01)
        return largeTime / smallTime
    }
}
