import ThreadScan

/// `threadscan lexicon test [DIR]`: runs the lexicon's own test cases.
enum LexiconTestCommand {
    static let command = Command(
        name: "lexicon test",
        abstract: "Run the lexicon test cases (tests/*.tsv) in every variant.",
        discussion: """
            Each case runs as written, then with an emoji prefix, in ALL CAPS (the band may rise,
            never fall) and quoted by a reply (whose own words must score none), unless its expect
            column says variants=off. Then each platform's example pages
            (platforms/<name>/cases/<page>) are parsed and compared with their expected posts
            (<page>.expected.tsv). Failures print as file:line with what was expected and got.
            """,
        arguments: [
            ArgumentSpec(
                name: "dir", help: "A lexicon folder with tests/ (default: the built-in lexicons and their cases).",
                optional: true, kind: .directory)
        ],
        options: [
            LexiconOption.spec,
            .flag(
                "own",
                help:
                    "Run only the cases and platform pages of the folder given (DIR or --lexicons +DIR), not the built-in ones."
            ),
        ],
        run: { arguments, terminal in
            let bundle = try LexiconCommandInput.bundle(arguments, terminal: terminal)
            let own = try arguments.flag("own") ? ownOrigins(arguments) : nil
            let analyzer: Analyzer
            do {
                analyzer = try Analyzer(lexicons: bundle)
            } catch {
                throw CommandFailure(message: "\(error)")
            }
            let testFiles = bundle.files(under: "tests/").filter { own?.contains($0.origin) ?? true }
            let (cases, textProblems) = LexiconCase.cases(in: LexiconBundle(files: testFiles))
            var (pages, pageProblems) = PlatformCase.cases(in: bundle)
            if let own {
                pages = pages.filter { own.contains($0.origin) }
                pageProblems = pageProblems.filter { problem in own.contains { problem.hasPrefix($0 + ":") } }
            }
            let problems = textProblems.map(\.description) + pageProblems
            for problem in problems { terminal.write("\(problem)\n") }
            guard !cases.isEmpty || !pages.isEmpty else {
                if own != nil {
                    throw CommandFailure(
                        message:
                            "no test cases of its own in the folder: expected tests/*.tsv (threadscan lexicon case add writes them)"
                    )
                }
                throw CommandFailure(
                    message: "no test cases found: expected tests/*.tsv with a header 'text<TAB>expect<TAB>parent'")
            }
            let runner = LexiconCaseRunner(analyzer: analyzer)
            var runs = 0
            var failures = 0
            for testCase in cases {
                for variant in LexiconCaseRunner.variants(of: testCase) {
                    runs += 1
                    let found = runner.failures(of: testCase, in: variant)
                    failures += found.isEmpty ? 0 : 1
                    for failure in found { terminal.write("\(failure)\n") }
                }
            }
            var pageFailures = 0
            if !pages.isEmpty {
                let parser: PageParser
                do {
                    parser = try PageParser(lexicons: bundle)
                } catch {
                    throw CommandFailure(message: "\(error)")
                }
                for page in pages {
                    let found = page.failures(parser: parser)
                    pageFailures += found.isEmpty ? 0 : 1
                    for failure in found { terminal.write("\(failure)\n") }
                }
            }
            failures += pageFailures
            let verdict = failures == 0 && problems.isEmpty ? "passed" : "FAILED"
            let pageSummary = pages.isEmpty ? "" : ", \(pages.count) platform pages (\(pageFailures) failed)"
            terminal.write(
                "\(verdict): \(cases.count) cases, \(runs) runs\(pageSummary), \(failures) failed, \(problems.count) malformed\n"
            )
            return failures == 0 && problems.isEmpty ? ExitCode.success : ExitCode.failure
        }
    )

    /// Where the files of the folder `--own` names were read from (`mine/tests/cases.tsv`), as
    /// the bundle's files and the cases name them.
    static func ownOrigins(_ arguments: ParsedArguments) throws -> Set<String> {
        let option = arguments.value("lexicons")
        guard
            let directory = arguments.positionals.first
                ?? option.map({ $0.hasPrefix("+") ? String($0.dropFirst()) : $0 })
        else {
            throw UsageError(message: "--own needs a lexicon folder: give DIR or --lexicons +DIR")
        }
        do {
            return Set(try LexiconBundle.load(directory: directory).files.values.map(\.origin))
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}
