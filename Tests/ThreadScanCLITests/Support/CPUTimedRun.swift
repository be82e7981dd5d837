import Foundation

/// Runs the built binary and measures the CPU time (user + system) of that process alone, so
/// that growth checks hold on a shared machine and while other tests run.
enum CPUTimedRun {
    /// The CPU seconds `threadscan arguments` took, output discarded.
    static func seconds(_ arguments: [String]) throws -> Double {
        let usage = try self.usage(arguments)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// What `wait4` reports of one run of `threadscan arguments` (CPU times, peak memory).
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
