import ThreadScan

/// `threadscan scan`: the moderation report for saved pages.
enum ScanCommand {
    static let severities = Severity.allCases.map(\.rawValue)

    static let command = Command(
        name: "scan",
        abstract: "Write the moderation report for saved pages: queue, signals, reply tree.",
        discussion: """
            PATH is a saved page (.html .htm .mhtml .mht .txt), '-' for standard input, or a folder
            searched recursively for saved pages. Pages of one folder, or files given next to each
            other, whose canonical URL (without its page parameter, or by prev/next links) or thread
            id name one thread are merged in page order; pages of copied text in one folder that
            share a platform and a title are merged in natural file-name order (page2 before
            page10). A post seen on two pages counts once. With --merge, every page given is a page
            of one thread, in the order given, with a warning when their URLs disagree. The format
            defaults to the extension of -o FILE, else text on a terminal and json otherwise. A
            summary line goes to standard error at the end, and a progress bar while a batch runs
            when standard error is a terminal (--quiet leaves both out). With --fail-on LEVEL the
            exit status is 2 when a post reached LEVEL, and a line on standard error names the first
            such post.
            """,
        arguments: [
            ArgumentSpec(
                name: "path", help: "A saved page, '-' for standard input, or a folder of saved pages.", repeating: true
            )
        ],
        options: [
            .value(
                "format", short: "f", valueName: "format",
                help: "Output format (default: from the -o file's extension, else text on a terminal, json otherwise).",
                kind: .choice(ReporterRegistry.names)),
            .value(
                "output", short: "o", valueName: "file",
                help: "Write the report to this file instead of standard output.",
                kind: .file),
            .value(
                "min-severity", valueName: "level", help: "Leave milder posts out of the queue and the CSV rows.",
                kind: .choice(severities), defaultValue: Severity.none.rawValue),
            .value(
                "fail-on", valueName: "level", help: "Exit 2 when any post reaches this severity, naming it on stderr.",
                kind: .choice(["low", "medium", "high"])),
            .flag("quiet", short: "q", help: "No summary line and no progress bar on standard error."),
            ColorChoice.option,
        ] + BaselineOption.options + ScanSetup.options,
        exitCodes: ExitCode.withThreshold,
        run: run
    )

    private static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let output = arguments.value("output")
        let format = try arguments.value("format") ?? defaultFormat(output: output, terminal: terminal)
        let minimum = arguments.value("min-severity").flatMap(Severity.init(rawValue:)) ?? .none
        let failOn = arguments.value("fail-on").flatMap(Severity.init(rawValue:))
        let quiet = arguments.flag("quiet")
        let baseline = try BaselineOption.load(arguments)
        let onlyNew = arguments.flag("only-new")
        let setup = try ScanSetup(arguments, minimumSeverity: minimum)
        let merge = arguments.flag("merge")
        let plan = try setup.plan(arguments.positionals, merge: merge, terminal: terminal)
        try OutputGuard.refuse(output, overwriting: plan.pages)
        let destination = try ReportDestination(path: output, terminal: terminal)
        let reporter = ReporterRegistry.named(format)!
        let options = ReportOptions(
            color: destination.isStandardOutput && terminal.colorOnStdout(ColorChoice(arguments)) && format == "text",
            minimumSeverity: minimum, onlyNew: onlyNew)
        var tally = ScanTally(failures: plan.failures)
        let progress = ProgressBar(terminal: terminal, total: plan.pages.count, quiet: quiet)
        var declared: Int?
        var spool: ReportSpool?
        var index: [ThreadIndexEntry] = []
        var position = 0
        var pagesDone = 0
        for unit in plan.units {
            let threads = setup.runner.parse(unit, merge: merge)
            let threadCount = declared ?? plan.declaredCount(firstUnitThreads: threads.count)
            if declared == nil {
                declared = threadCount
                destination.write(reporter.prologue(threadCount: threadCount, options: options))
                if reporter.hasIndex, threadCount > 1 { spool = try ReportSpool() }
            }
            let body = spool
            let skipped = plan.skipped
            let start = position
            setup.runner.run(
                threads, from: position,
                work: { position, result in
                    result.map { report in
                        let warnings = report.thread.warnings.map { "warning: \(report.thread.source): \($0)\n" }
                            .joined()
                        var report = baseline.map { BaselineOption.apply($0, to: report, onlyNew: onlyNew) } ?? report
                        if position == 0 { report.thread.warnings = skipped + report.thread.warnings }
                        return (
                            reporter.render(report, position: position, threadCount: threadCount, options: options),
                            ScanTally(report, failOn: failOn), warnings, ThreadIndexEntry(report, position: position)
                        )
                    }
                },
                deliver: { position, result in
                    switch result {
                    case .success((let text, let counts, let warnings, let entry)):
                        if !warnings.isEmpty {
                            progress.clear()
                            terminal.error(warnings)
                        }
                        // The separator and the report written one after the other, not joined
                        // into a copy of the report.
                        for part in [tally.threads > 0 ? reporter.separator(options: options) : "", text] {
                            if let body { body.write(part) } else { destination.write(part) }
                        }
                        tally.add(counts)
                        index.append(entry)
                    case .failure(let error):
                        progress.clear()
                        terminal.error("Error: \(error)\n")
                        tally.failures += 1
                    }
                    pagesDone += threads[position - start].pages.count
                    progress.update(done: pagesDone)
                })
            position += threads.count
        }
        if declared == nil { destination.write(reporter.prologue(threadCount: 0, options: options)) }
        let threadCount = declared ?? 0
        if let spool {
            destination.write(reporter.index(index, options: options))
            try spool.drain { destination.write(bytes: $0) }
        }
        destination.write(reporter.epilogue(threadCount: threadCount, options: options))
        try destination.close()
        progress.clear()
        if !quiet { terminal.error(tally.summary + "\n") }
        if let failOn, let line = tally.thresholdLine(failOn) { terminal.error(line + "\n") }
        if tally.failures > 0 { return ExitCode.failure }
        return tally.reached > 0 ? ExitCode.threshold : ExitCode.success
    }

    /// The formats the extensions of `-o FILE` name.
    static let formatsByExtension: [(String, String)] = [
        ("html", "html"), ("htm", "html"), ("md", "md"), ("markdown", "md"), ("json", "json"), ("jsonl", "jsonl"),
        ("ndjson", "jsonl"), ("csv", "csv"), ("txt", "text"),
    ]

    /// The format `-o FILE`'s extension names (json for a file without one, such as `/dev/stdout`),
    /// else text on a terminal and json otherwise.
    /// - Throws: `UsageError` for an extension that names no format.
    private static func defaultFormat(output: String?, terminal: Terminal) throws(UsageError) -> String {
        guard let output, output != "-" else { return terminal.stdoutIsTTY ? "text" : "json" }
        let name = output.split(separator: "/").last.map(String.init) ?? output
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "json" }
        let ext = name[name.index(after: dot)...].lowercased()
        if let format = formatsByExtension.first(where: { $0.0 == ext })?.1 { return format }
        let known = formatsByExtension.map(\.0)
        throw UsageError(
            message: "cannot tell the report format from '\(output)': .\(ext) is not one of ."
                + known.joined(separator: " .") + "; give --format <format>"
                + Spelling.didYouMean(ext, among: known, prefix: "."))
    }
}
