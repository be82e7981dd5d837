import ThreadScan

/// `threadscan lexicon lint [DIR]`: malformed lines, duplicates, shadowed entries, unknown categories.
enum LexiconLintCommand {
    static let command = Command(
        name: "lexicon lint",
        abstract: "Check the lexicons: malformed lines, duplicates, shadowed entries, unknown categories.",
        arguments: [
            ArgumentSpec(
                name: "dir", help: "A lexicon folder (default: the built-in lexicons).", optional: true,
                kind: .directory)
        ],
        options: [LexiconOption.spec],
        run: { arguments, terminal in
            let bundle = try LexiconCommandInput.bundle(arguments, terminal: terminal)
            let findings =
                AnalysisLexicon.lint(bundle).map(\.description)
                + LexiconCase.cases(in: bundle).problems.map(\.description)
                + PlatformAdapters.lint(bundle).map(\.description)
                + PlatformCase.cases(in: bundle).problems
            for finding in findings { terminal.write("\(finding)\n") }
            terminal.write(findings.isEmpty ? "no problems\n" : "\(findings.count) problem(s)\n")
            return findings.isEmpty ? ExitCode.success : ExitCode.failure
        }
    )
}
