import Foundation

/// A `threadscan serve` started on a free port (`--port 0`) for one test, stopped with SIGTERM
/// (and killed if it does not stop) when the test ends.
final class ServerProcess {
    /// Why the server could not be used.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    let port: Int
    private let errURL: URL
    private let scratch: URL

    /// Starts the server with `arguments` after `serve --port 0`, and waits for its startup line.
    init(_ arguments: [String] = []) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: errURL)
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        var found: Int?
        while found == nil && Date() < deadline && process.isRunning {
            found = Self.port(in: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
            if found == nil { usleep(20_000) }
        }
        guard let found else {
            process.terminate()
            throw Failure(description: "the server printed no startup line: \(Self.read(errURL))")
        }
        port = found
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The port named by `listening on http://HOST:PORT` in the startup line.
    static func port(in text: String) -> Int? {
        guard let range = text.range(of: "listening on http://") else { return nil }
        let rest = text[range.upperBound...]
        guard let colon = rest.lastIndex(of: ":", before: rest.firstIndex(of: " ") ?? rest.endIndex) else { return nil }
        return Int(rest[rest.index(after: colon)...].prefix { $0.isNumber })
    }

    private static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// What the server has written to standard error so far.
    var stderr: String { Self.read(errURL) }

    /// Whether the process is still running.
    var isRunning: Bool { process.isRunning }

    /// Sends SIGTERM and waits (at most a minute, then SIGKILL) for the exit status.
    @discardableResult
    func stop() -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension Substring {
    fileprivate func lastIndex(of character: Character, before end: Index) -> Index? {
        self[..<end].lastIndex(of: character)
    }
}
