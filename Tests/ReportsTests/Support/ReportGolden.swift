import Foundation
import TestSupport
import Testing

/// Compares a report's output with its golden file in `Formats/Goldens/`; see `GoldenText`.
enum ReportGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Formats/Goldens")

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let mismatch = try GoldenText.mismatch(
            actual, golden: folder.appendingPathComponent(name),
            rerecord: "THREADSCAN_RECORD=1 swift test --filter ReportsTests")
        #expect(mismatch == nil, "\(mismatch ?? "")", sourceLocation: sourceLocation)
    }
}
