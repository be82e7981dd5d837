import ThreadScan

/// What `scan` and `tree` share: the options that build the pipeline, and turning PATHs into
/// threads (folders searched, pages of one thread merged).
struct ScanSetup {
    /// The options both commands take.
    static let options: [OptionSpec] = [
        .flag("merge", help: "Treat all the pages given as pages of one thread, in the order given."),
        .value("platform", valueName: "name", help: "Read the pages as this platform instead of detecting it."),
        .value(
            "lexicons", valueName: "dir", help: "Lexicon folder: DIR replaces the built-in lexicons, +DIR adds to them."
        ),
    ]

    /// The batch runner over the pipeline.
    var runner: BatchRunner

    /// Builds the pipeline from the command line's lexicons and platform.
    init(_ arguments: ParsedArguments, minimumSeverity: Severity = .low) throws {
        let scanner: ThreadScanner
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
        if let platform = arguments.value("platform"), !scanner.parser.platforms.contains(platform) {
            throw UsageError(
                message:
                    "unknown platform '\(platform)'; expected one of: \(scanner.parser.platforms.joined(separator: ", "))"
            )
        }
        runner = BatchRunner(scanner: scanner)
    }

    /// The threads that `paths` name, the number of paths that name nothing, and what folder
    /// searches skipped (both reported on stderr here; the skips go into the report too).
    func threads(_ paths: [String], merge: Bool, terminal: Terminal) throws -> (
        threads: [ThreadInput], failures: Int, skipped: [ParseWarning]
    ) {
        guard !paths.isEmpty else { throw UsageError(message: "missing expected argument '<path>...'") }
        let (pages, errors, skipped) = ScanPaths.pages(paths)
        for error in errors { terminal.error("Error: \(error)\n") }
        for skip in skipped { terminal.error("warning: \(skip)\n") }
        let skipWarnings = skipped.map { ParseWarning(byteOffset: nil, message: "folder search: \($0)") }
        var folderCounts: [String: Int] = [:]
        for page in pages { if let folder = page.folder { folderCounts[folder, default: 0] += 1 } }
        let shared =
            merge ? [] : pages.filter { page in page.folder.map { folderCounts[$0]! > 1 } ?? false }.map(\.path)
        let titles = runner.titles(of: shared)
        let threads = ScanPaths.threads(pages, merge: merge) { titles[$0] }
        if threads.isEmpty, errors.isEmpty {
            terminal.error(
                "Error: no saved pages (.\(ScanPaths.extensions.sorted().joined(separator: " .")) files) in \(paths.joined(separator: ", "))\n"
            )
            return ([], 1, skipWarnings)
        }
        return (threads, errors.count, skipWarnings)
    }
}
