import Foundation

/// Headless Chromium, driven from the command line for the HTML report's browser tests.
///
/// Each run gets its own profile directory, so runs never share state. Console messages are read
/// from Chromium's log on standard error (`--enable-logging=stderr --v=0`), where each page message
/// is a line holding `:CONSOLE`.
struct Chromium {
    /// The executable.
    let path: String

    /// The names tried on `PATH`, in order, when `THREADSCAN_CHROMIUM` does not name a binary.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    /// The browser named by `THREADSCAN_CHROMIUM`, or the first candidate found on `PATH`.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Chromium? {
        let manager = FileManager.default
        if let named = environment["THREADSCAN_CHROMIUM"], !named.isEmpty {
            return manager.isExecutableFile(atPath: named) ? Chromium(path: named) : nil
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in candidates {
            for directory in directories where manager.isExecutableFile(atPath: directory + "/" + name) {
                return Chromium(path: directory + "/" + name)
            }
        }
        return nil
    }

    /// What one run printed.
    struct Output {
        /// Standard output: the serialised DOM for `--dump-dom`.
        var stdout: String
        /// The page's console messages, one per line of Chromium's log.
        var console: [String]
        /// The exit status.
        var status: Int32
    }

    /// A failure to run Chromium at all.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The page `file` loaded, run for `budget` milliseconds of virtual time, then serialised.
    func dumpDOM(of file: URL, budget: Int = 3000) throws -> Output {
        try run(["--dump-dom", "--virtual-time-budget=\(budget)", file.absoluteString])
    }

    /// A PNG screenshot of `file` at `width`×`height` CSS pixels, written to `screenshot`.
    /// `dark` asks for the dark colour scheme (`prefers-color-scheme: dark`).
    func screenshot(of file: URL, to screenshot: URL, width: Int, height: Int, dark: Bool = false) throws -> Output {
        var arguments = [
            "--screenshot=\(screenshot.path)", "--window-size=\(width),\(height)", "--hide-scrollbars",
            "--force-device-scale-factor=1", "--virtual-time-budget=1000",
        ]
        if dark { arguments.append("--blink-settings=preferredColorScheme=0") }
        return try run(arguments + [file.absoluteString])
    }

    private func run(_ arguments: [String], timeout: TimeInterval = 90) throws -> Output {
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("threadscan-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync", "--mute-audio",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=\(profile.path)",
            ] + arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "could not start \(path): \(error)")
        }
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isOut) in [(stdout, true), (stderr, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isOut: isOut)
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw Failure(
                description: "\(path) did not finish within \(Int(timeout)) s: \(arguments.joined(separator: " "))")
        }
        process.waitUntilExit()
        let log = String(decoding: collected.err, as: UTF8.self)
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Output(
            stdout: String(decoding: collected.out, as: UTF8.self), console: console, status: process.terminationStatus)
    }

    /// The two pipes' contents, filled from two threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var out = Data()
        private(set) var err = Data()

        func store(_ data: Data, isOut: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isOut { out = data } else { err = data }
        }
    }
}
