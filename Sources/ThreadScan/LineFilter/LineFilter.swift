import Foundation
import Lexicon
import PageParsing
import Reports

/// `scan --jsonl-in`: a line-in, line-out filter for distributed engines (Spark's `RDD.pipe`,
/// Hadoop Streaming, GNU parallel). Each input line is a record (``LineRecord``); each gets
/// exactly one output line (``LineReportJSON``), in input order, written as soon as it and every
/// line before it are done.
///
/// Without grouping, each record is a thread of one page. With ``Grouping/thread``, a run of
/// consecutive records with the same thread key (their `thread`, else the canonical form of their
/// `url`, ``PageAddress``) is one thread, its pages merged in record order: the report goes on the
/// line of the run's last record, and each earlier record's line points to it. Records of one
/// thread that are not next to each other make separate reports, the later one warning so. A bad
/// line inside a run gets its error line in its place and does not end the run.
///
/// Memory holds a window of twice the worker count of runs in flight, not the input.
package struct LineFilter: Sendable {
    /// How records are made into threads.
    package enum Grouping: String, Sendable, CaseIterable {
        /// Each record is a thread of one page.
        case record
        /// Consecutive records with one thread key are one thread.
        case thread
    }

    /// What a run ended with: how many lines were read, how many reports and error lines written.
    package struct Tally: Sendable, Equatable {
        /// Lines read.
        package var lines = 0
        /// Reports written.
        package var reports = 0
        /// Lines that were not records.
        package var errors = 0
    }

    /// One output line and what it is.
    fileprivate struct OutputLine: Sendable {
        enum Kind { case report, pointer, error }
        var kind: Kind
        var text: String
    }

    /// The warning of a run whose thread key was seen in an earlier run.
    package static func splitRunMessage(_ key: String, firstLine: Int) -> String {
        "records of thread \(key) also came before line \(firstLine), not next to these: reported apart (sort the records by thread first)"
    }

    /// The UTF-8 byte order mark, skipped at the start of the input.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The pipeline for each thread.
    package var scanner: ThreadScanner
    /// How records become threads.
    package var grouping: Grouping
    /// How many threads are scanned at once.
    package var workers: Int

    /// Creates a filter.
    package init(scanner: ThreadScanner, grouping: Grouping, workers: Int) {
        self.scanner = scanner
        self.grouping = grouping
        self.workers = max(1, workers)
    }

    /// One thread's records (and the bad lines among them), with the warning of a split run.
    private struct Run: Sendable {
        var records: [LineRecord] = []
        var key: String?
        var warning: ParseWarning?
    }

    /// Reads every line of `reader` (a UTF-8 byte order mark at its start skipped) and hands each
    /// output line to `write`, in input order, on one thread at a time.
    /// - Complexity: O(n) in the input's bytes, plus the scans.
    package func run(_ reader: inout ByteLineReader, write: @escaping @Sendable (String) -> Void) -> Tally {
        let tally = TallyBox()
        let pool = OrderedWorkPool<Run, [OutputLine]>(
            workers: workers, window: 2 * workers, work: { [self] run in lines(of: run) },
            deliver: { lines in
                for line in lines { write(line.text) }
                tally.add(lines)
            })
        var current = Run()
        var finished: [String: Int] = [:]
        func flush() {
            guard !current.records.isEmpty else { return }
            if let key = current.key { finished[key] = finished[key] ?? current.records[0].line }
            pool.submit(current)
            current = Run()
        }
        while var bytes = reader.next() {
            if reader.lineNumber == 1, bytes.starts(with: Self.byteOrderMark) {
                bytes.removeFirst(Self.byteOrderMark.count)
            }
            let record = LineRecord(bytes, line: reader.lineNumber)
            guard grouping == .thread, case .success(let page) = record.page else {
                if grouping == .record { flush() }
                current.records.append(record)
                if grouping == .record { flush() }
                continue
            }
            let key = page.thread ?? page.url.flatMap { PageAddress($0)?.thread }
            if key == nil || key != current.key { flush() }
            if current.records.isEmpty, let key, let first = finished[key] {
                current.warning = ParseWarning(byteOffset: nil, message: Self.splitRunMessage(key, firstLine: first))
            }
            current.key = key
            current.records.append(record)
            if key == nil { flush() }
        }
        flush()
        pool.finish()
        return tally.value
    }

    /// The output lines of one run.
    private func lines(of run: Run) -> [OutputLine] {
        let good = run.records.compactMap { record -> (record: LineRecord, page: LineRecord.Page)? in
            guard case .success(let page) = record.page else { return nil }
            return (record, page)
        }
        var reportText: String?
        if let last = good.last {
            var thread = scanner.parse(
                formattedPages: good.map { ($0.page.bytes, $0.record.source, $0.page.format) })
            if let warning = run.warning { thread.warnings.append(warning) }
            let report = scanner.report(thread, pages: good.map(\.record.source))
            reportText = LineReportJSON.report(
                line: last.record.line, id: last.record.id, report: report,
                group: run.key.map { ($0, good.map(\.record.id)) })
        }
        return run.records.map { record in
            switch record.page {
            case .failure(let error):
                return OutputLine(
                    kind: .error,
                    text: LineReportJSON.error(line: record.line, id: record.id, message: error.description))
            case .success:
                guard let last = good.last, record.line != last.record.line, let key = run.key else {
                    return OutputLine(kind: .report, text: reportText!)
                }
                return OutputLine(
                    kind: .pointer,
                    text: LineReportJSON.pointer(
                        line: record.line, id: record.id, thread: key, reportLine: last.record.line,
                        reportID: last.record.id))
            }
        }
    }
}

/// The tally of the lines delivered, kept on the delivering thread.
private final class TallyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var tally = LineFilter.Tally()

    func add(_ lines: [LineFilter.OutputLine]) {
        lock.lock()
        defer { lock.unlock() }
        tally.lines += lines.count
        tally.reports += lines.count { $0.kind == .report }
        tally.errors += lines.count { $0.kind == .error }
    }

    var value: LineFilter.Tally {
        lock.lock()
        defer { lock.unlock() }
        return tally
    }
}
