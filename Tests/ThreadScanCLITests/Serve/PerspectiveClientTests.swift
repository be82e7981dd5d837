import Foundation
import Testing

/// Real clients that are not ours, pointed at `threadscan serve`: Google's google-api-python-client
/// built from the discovery document. Skipped when Python or the client is missing
/// (`.ci/perspective-clients-setup` installs it).
@Suite struct PerspectiveClientTests {
    private static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return (-1, "python3 cannot be run") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static let hasGoogleClient = python(["-c", "import googleapiclient.discovery"]).status == 0

    @Test(.enabled(if: hasGoogleClient, "google-api-python-client is not installed"))
    func googleAPIPythonClientScoresThroughTheDiscoveryDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-client-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feedback = folder.appendingPathComponent("feedback.tsv").path
        let server = try ServerProcess(["--quiet", "--api-key", "test-key", "--feedback", feedback])
        let script = CLIRunner.packageRoot.appendingPathComponent(
            "Tests/ThreadScanCLITests/Fixtures/clients/google_api_python_client.py"
        ).path
        let run = Self.python([script, "http://127.0.0.1:\(server.port)", "test-key"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("checks passed"))
        #expect(server.stop() == 0)
        let rows = try String(contentsOfFile: feedback, encoding: .utf8).split(separator: "\n")
        #expect(rows.last == "you utter clown\t1\tTOXICITY\t0.9\tforum-a\treview-1")
    }

    static let hasCalibrationData =
        FileManager.default.fileExists(
            atPath: CLIRunner.packageRoot.appendingPathComponent("../shared/data/davidson-tweets.tsv").path)
        && python(["--version"]).status == 0

    @Test(.enabled(if: hasCalibrationData, "../shared/data/davidson-tweets.tsv or python3 is missing"))
    func committedCalibrationMatchesAFreshFit() {
        let script = CLIRunner.packageRoot.appendingPathComponent("Scripts/fit-calibration.py").path
        let run = Self.python([script, "--check", "--threadscan", CLIRunner.binary.path])
        #expect(run.status == 0, "\(run.output)")
    }
}
