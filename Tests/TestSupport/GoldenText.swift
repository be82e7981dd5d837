import Foundation

/// Golden files: output compared with a file committed beside the tests.
///
/// Set `THREADSCAN_RECORD=1` to write the golden files anew after a deliberate change, then review
/// the diff before committing it.
public enum GoldenText {
    /// Whether this run records golden files instead of comparing with them.
    public static var recording: Bool {
        ProcessInfo.processInfo.environment["THREADSCAN_RECORD"] != nil
    }

    /// Compares `actual` with the golden file at `golden` (or writes it when recording).
    /// - Returns: `nil` when they match or the file was recorded, else a message for the failure
    ///   that names the file and `rerecord`, the command that records it anew.
    public static func mismatch(_ actual: String, golden: URL, rerecord: String) throws -> String? {
        if recording {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return nil
        }
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        guard actual != expected else { return nil }
        return "output differs from \(golden.lastPathComponent); if the change is intended, re-record with \(rerecord)"
    }
}
