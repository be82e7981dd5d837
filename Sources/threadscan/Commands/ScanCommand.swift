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
            when standard error is a terminal. Exit status: 0 done, 1 when a page could not be read
            or a post reached --fail-on, 64 for a wrong command line.
            """,
        usage:
            "<path>... [--format <format>] [-o <file>] [--min-severity <level>] [--fail-on <level>] [--merge] [--lexicons <dir>]",
        arguments: [("<path>", "A saved page, '-' for standard input, or a folder of saved pages.")],
        options: [
            .value(
                "format", short: "f", valueName: "format",
                help: "Output format: \(ReporterRegistry.names.joined(separator: ", "))."),
            .value(
                "output", short: "o", valueName: "file", help: "Write the report to FILE instead of standard output."),
            .value(
                "min-severity", valueName: "level",
                help: "Leave milder posts out of the queue and the CSV rows: none, low, medium, high. (default: none)"),
            .value(
                "fail-on", valueName: "level", help: "Exit 1 when any post reaches this severity: low, medium, high."),
        ] + ScanSetup.options,
        run: run
    )

    private static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let output = arguments.value("output")
        let format = try arguments.choice(
            "format", allowed: ReporterRegistry.names, fallback: defaultFormat(output: output, terminal: terminal))
        let minimum = Severity(rawValue: try arguments.choice("min-severity", allowed: severities, fallback: "none"))!
        let failOn = try arguments.value("fail-on").map { _ in
            Severity(rawValue: try arguments.choice("fail-on", allowed: ["low", "medium", "high"], fallback: "high"))!
        }
        let setup = try ScanSetup(arguments, minimumSeverity: minimum)
        let merge = arguments.flag("merge")
        let plan = try setup.plan(arguments.positionals, merge: merge, terminal: terminal)
        try OutputGuard.refuse(output, overwriting: plan.pages)
        let destination = try ReportDestination(path: output, terminal: terminal)
        let reporter = ReporterRegistry.named(format)!
        let options = ReportOptions(
            color: destination.isStandardOutput && terminal.colorOnStdout && format == "text", minimumSeverity: minimum)
        var tally = ScanTally(failures: plan.failures)
        let progress = ProgressBar(terminal: terminal, total: plan.pages.count)
        var declared: Int?
        var position = 0
        var pagesDone = 0
        for unit in plan.units {
            let threads = setup.runner.parse(unit, merge: merge)
            let threadCount = declared ?? plan.declaredCount(firstUnitThreads: threads.count)
            if declared == nil {
                declared = threadCount
                destination.write(reporter.prologue(threadCount: threadCount, options: options))
            }
            let skipped = plan.skipped
            let start = position
            setup.runner.run(
                threads, from: position,
                work: { position, result in
                    result.map { report in
                        let warnings = report.thread.warnings.map { "warning: \(report.thread.source): \($0)\n" }
                            .joined()
                        var report = report
                        if position == 0 { report.thread.warnings = skipped + report.thread.warnings }
                        return (
                            reporter.render(report, position: position, threadCount: threadCount, options: options),
                            ScanTally(report), warnings
                        )
                    }
                },
                deliver: { position, result in
                    switch result {
                    case .success((let text, let counts, let warnings)):
                        if !warnings.isEmpty {
                            progress.clear()
                            terminal.error(warnings)
                        }
                        if tally.threads > 0 { destination.write(reporter.separator(options: options)) }
                        destination.write(text)
                        tally.add(counts)
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
        destination.write(reporter.epilogue(threadCount: threadCount, options: options))
        try destination.close()
        progress.clear()
        terminal.error(tally.summary + "\n")
        let failed = failOn.map { tally.maxSeverity >= $0 && tally.maxSeverity > .none } ?? false
        return tally.failures > 0 || failed ? ExitCode.failure : ExitCode.success
    }

    /// The format `-o FILE`'s extension names, else text on a terminal and json otherwise.
    private static func defaultFormat(output: String?, terminal: Terminal) -> String {
        if let output, let dot = output.lastIndex(of: ".") {
            switch output[output.index(after: dot)...].lowercased() {
            case "html", "htm": return "html"
            case "md", "markdown": return "md"
            case "json": return "json"
            case "jsonl", "ndjson": return "jsonl"
            case "csv": return "csv"
            case "txt": return "text"
            default: break
            }
        }
        return output == nil && terminal.stdoutIsTTY ? "text" : "json"
    }
}
