import ThreadScan

/// `scan --baseline previous.json [--only-new]`: what is new since an earlier report.
enum BaselineOption {
    /// The options, declared once.
    static let options: [OptionSpec] = [
        .value(
            "baseline", valueName: "file",
            help:
                "An earlier report (-f json or jsonl) of the same pages: mark posts, queue entries and signals new or seen.",
            kind: .file),
        .flag("only-new", help: "With --baseline: only the new queue entries and signals (and CSV rows)."),
    ]

    /// The baseline the command line names, if any.
    /// - Throws: `UsageError` for `--only-new` without `--baseline`; `CommandFailure` for a file that
    ///   cannot be read or is not a report.
    static func load(_ arguments: ParsedArguments) throws -> Baseline? {
        guard let path = arguments.value("baseline") else {
            if arguments.flag("only-new") { throw UsageError(message: "--only-new needs --baseline <file>") }
            return nil
        }
        let bytes: [UInt8]
        do {
            bytes = try PageInput.read(path)
        } catch {
            throw CommandFailure(message: "--baseline: \(error)")
        }
        do {
            return try Baseline(bytes: bytes, file: path)
        } catch {
            throw CommandFailure(message: "--baseline \(error)")
        }
    }

    /// `report` with its baseline marks; with `onlyNew`, its queue and signals keep only what is new.
    static func apply(_ baseline: Baseline, to report: ThreadReport, onlyNew: Bool) -> ThreadReport {
        var report = report
        var marks = baseline.marks(for: report)
        if onlyNew {
            report.queue = zip(report.queue, marks.queueEntryIsNew).filter(\.1).map(\.0)
            marks.queueEntryIsNew = report.queue.map { _ in true }
            var signals = report.signals
            signals.escalations = signals.escalations.filter { marks.anyNew([$0.post]) }
            signals.pileOns = signals.pileOns.filter { marks.anyNew($0.replies) }
            signals.heatedExchanges = signals.heatedExchanges.filter { marks.anyNew($0.posts) }
            signals.amplifications = signals.amplifications.filter { marks.anyNew([$0.post]) }
            report.signals = signals
            report.summary.queued = report.queue.count
        }
        report.baseline = marks
        return report
    }
}
