import Foundation
import Testing

/// Compares a report's output with its golden file in `Formats/Goldens/`.
///
/// Set `THREADSCAN_RECORD=1` to write the golden files anew after a deliberate change, then
/// review the diff before committing it.
enum ReportGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Formats/Goldens")

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["THREADSCAN_RECORD"] != nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        #expect(
            actual == expected,
            "output differs from Formats/Goldens/\(name); if the change is intended, re-record with THREADSCAN_RECORD=1 swift test --filter ReportsTests",
            sourceLocation: sourceLocation
        )
    }
}
