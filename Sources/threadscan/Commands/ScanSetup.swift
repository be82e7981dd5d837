import ThreadScan

/// What `scan` and `tree` share: the options that build the pipeline, and turning PATHs into
/// threads (folders searched, pages of one thread merged).
struct ScanSetup {
    /// The options both commands take.
    static let options: [OptionSpec] =
        [
            .flag("merge", help: "Treat all the pages given as pages of one thread, in the order given."),
            PlatformOption.spec,
            LexiconOption.spec,
        ] + LimitOptions.options

    /// The batch runner over the pipeline.
    var runner: BatchRunner

    /// Builds the pipeline from the command line's lexicons and platform.
    init(_ arguments: ParsedArguments, minimumSeverity: Severity = .low) throws {
        var scanner: ThreadScanner
        let limits = try LimitOptions.limits(arguments)
        let lexicons = try LexiconOption.bundle(arguments, for: [.analysis, .pages])
        do {
            scanner = try ThreadScanner(
                lexicons: lexicons,
                minimumSeverity: minimumSeverity,
                platform: arguments.value("platform")
            )
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        try PlatformOption.check(arguments, known: scanner.parser.platforms)
        scanner.limits = limits
        runner = BatchRunner(scanner: scanner)
    }

    /// What `paths` name, grouped into the scopes parsed one at a time.
    struct Plan {
        /// The scopes (``ScanPaths/units(_:merge:)``), each parsed and grouped by the runner.
        var units: [[ScanPaths.Page]]
        /// Every page, in order.
        var pages: [String]
        /// The paths that name nothing readable.
        var failures: Int
        /// What folder searches skipped, as warnings for the first report.
        var skipped: [ParseWarning]
        /// How many threads the reporters are told to expect: the first scope's thread count
        /// when there is one scope, else at least 2 (a JSON array).
        func declaredCount(firstUnitThreads: Int) -> Int {
            units.count == 1 ? firstUnitThreads : max(2, firstUnitThreads)
        }
    }

    /// The pages that `paths` name in their scopes, the number of paths that name nothing, and
    /// what folder searches skipped (both reported on stderr here; the skips go into the report too).
    func plan(_ paths: [String], merge: Bool, terminal: Terminal) throws -> Plan {
        guard !paths.isEmpty else { throw UsageError(message: "missing expected argument '<path>...'") }
        let (pages, errors, skipped) = ScanPaths.pages(paths)
        for error in errors { terminal.error("Error: \(error)\n") }
        for skip in skipped { terminal.error("warning: \(skip)\n") }
        let skipWarnings = skipped.map { ParseWarning(byteOffset: nil, message: "folder search: \($0)") }
        if pages.isEmpty, errors.isEmpty {
            terminal.error(
                "Error: no saved pages (.\(ScanPaths.extensions.sorted().joined(separator: " .")) files) in \(paths.joined(separator: ", "))\n"
            )
            return Plan(units: [], pages: [], failures: 1, skipped: skipWarnings)
        }
        return Plan(
            units: ScanPaths.units(pages, merge: merge), pages: pages.map(\.path), failures: errors.count,
            skipped: skipWarnings)
    }
}
