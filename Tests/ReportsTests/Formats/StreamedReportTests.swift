import Analysis
import Testing

@testable import Reports

/// The text formats and CSV write a thread's part in pieces as it is produced, and the pieces are
/// the rendered part, byte for byte.
@Suite struct StreamedReportTests {
    static let reporters: [any Reporter] = [TextReporter(), MarkdownReporter(), HTMLReporter(), CSVReporter()]

    static func pieces(_ reporter: any Reporter, _ report: ThreadReport, threadCount: Int) -> [[UInt8]] {
        let collected = Collected()
        reporter.stream(
            report, position: 0, threadCount: threadCount, options: ReportOptions(minimumSeverity: .low),
            to: { collected.pieces.append($0) })
        return collected.pieces
    }

    @Test(arguments: reporters.map(\.name))
    func aLongThreadIsWrittenInPiecesThatMakeTheRenderedPart(name: String) throws {
        let reporter = try #require(Self.reporters.first { $0.name == name })
        #expect(reporter.streams)
        let report = try ReportFixture.long(posts: 3000)
        for threadCount in [1, 2] {
            let pieces = Self.pieces(reporter, report, threadCount: threadCount)
            let rendered = reporter.render(
                report, position: 0, threadCount: threadCount, options: ReportOptions(minimumSeverity: .low))
            #expect(pieces.flatMap { $0 } == Array(rendered.utf8))
            #expect(pieces.count > 3)
            #expect(pieces.allSatisfy { $0.count < ReportOutput.pieceSize * 2 })
        }
    }

    @Test(arguments: reporters.map(\.name))
    func aShortThreadIsOnePiece(name: String) throws {
        let reporter = try #require(Self.reporters.first { $0.name == name })
        let report = try ReportFixture.report()
        let pieces = Self.pieces(reporter, report, threadCount: 1)
        #expect(pieces.count == 1)
        #expect(
            pieces.first.map { String(decoding: $0, as: UTF8.self) }
                == reporter.render(
                    report, position: 0, threadCount: 1, options: ReportOptions(minimumSeverity: .low)))
    }
}

/// The pieces a sink received.
private final class Collected: @unchecked Sendable {
    var pieces: [[UInt8]] = []
}
