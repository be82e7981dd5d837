import Foundation
import ThreadScan

/// `threadscan lexicon case add TEXT --expect CHECKS --to DIR`: a reviewer's decision becomes a
/// test case in a lexicon folder's `tests/`.
enum LexiconCaseAddCommand {
    static let command = Command(
        name: "lexicon case add",
        abstract: "Add a test case to a lexicon folder's tests/ from the command line.",
        discussion: """
            Checks the case as lexicon test reads it, refuses one whose text (and parent) a case of
            the folder's tests/*.tsv already has, and adds it to tests/<file>.tsv (made with its
            header when new): at its place in byte order when the file's rows are sorted by text,
            at the end otherwise; nothing else in the file changes. --expect takes the checks of a
            case (band>=low;category=insult), and a bare band (medium) means band=medium. Then it
            runs the case with the folder's lexicons (on top of the built-in ones when it has no
            analysis lexicons) and says whether it passes now. With --report and --post the case is
            a post of a saved scan --format json report, its line breaks as spaces, with the post it
            replies to as its parent.
            """,
        arguments: [
            ArgumentSpec(
                name: "text", help: "The case's text; mark expected evidence with [[ ]] (or --report and --post).",
                optional: true, kind: .text)
        ],
        options: [
            .value(
                "expect", valueName: "checks",
                help: "What the case expects: a band (none, low, medium, high) or ;-separated checks."),
            .value("to", valueName: "dir", help: "The lexicon folder the case goes to.", kind: .directory),
            .value("parent", valueName: "text", help: "The text the case replies to (for stance checks)."),
            .value(
                "file", valueName: "name", help: "The tests file of the folder, tests/<name>.tsv.",
                defaultValue: "cases"),
            .value(
                "report", valueName: "file",
                help:
                    "A saved 'scan --format json' report: the case is the text of its post --post (and its parent's).",
                kind: .file),
            .value(
                "post", valueName: "n", help: "The post of --report, by its number as the report shows it (post #3).",
                kind: .integer(0...Int(Int32.max))),
        ],
        run: { arguments, terminal in
            let (text, reportParent) = try caseText(arguments)
            guard let expectation = arguments.value("expect") else {
                throw UsageError(
                    message:
                        "expected --expect: a band (none, low, medium, high) or checks such as band>=low;category=insult"
                )
            }
            guard let directory = arguments.value("to") else {
                throw UsageError(message: "expected --to DIR: the lexicon folder the case goes to")
            }
            let parent = arguments.value("parent") ?? reportParent
            let expect = expandedChecks(expectation)
            for (name, value) in [("text", text), ("--expect", expect), ("--parent", parent ?? "")]
            where value.contains(where: { $0 == "\t" || $0.isNewline }) {
                throw UsageError(
                    message:
                        "the \(name) holds a tab or a line break, which a row of tests/*.tsv cannot hold; write it on one line"
                )
            }
            do {
                _ = try LexiconCase(origin: "--expect", text: text, expect: expect, parent: parent)
            } catch {
                throw UsageError(message: "the case is not valid: \(error)")
            }
            let fileName = try testsFileName(arguments.value("file") ?? "cases")
            let tests = (directory as NSString).appendingPathComponent("tests")
            let path = (tests as NSString).appendingPathComponent(fileName)
            if let duplicate = try existingCase(text: text, parent: parent, in: tests) {
                throw CommandFailure(
                    message: "\(duplicate) is already this case; edit it there instead of adding it again")
            }
            let existing = FileManager.default.fileExists(atPath: path)
            let current = try existing ? read(path) : ""
            let added: (text: String, line: Int)
            do {
                added = try LexiconCaseFile(origin: path, text: current).adding(
                    text: text, expect: expect, parent: parent)
            } catch {
                throw CommandFailure(message: "\(error)")
            }
            do {
                try FileManager.default.createDirectory(atPath: tests, withIntermediateDirectories: true)
                try Data(added.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw CommandFailure(message: "\(path): cannot write the case: \(error.localizedDescription)")
            }
            terminal.write("\(existing ? "added" : "created") \(path):\(added.line): \(text)\t\(expect)\n")
            let bundle = try LexiconCommandInput.bundle(directory: directory, terminal: terminal, noted: false)
            let testCase = try LexiconCase(origin: "\(path):\(added.line)", text: text, expect: expect, parent: parent)
            let analyzer: Analyzer
            do {
                analyzer = try Analyzer(lexicons: bundle)
            } catch {
                throw CommandFailure(message: "the case was added, but the lexicons cannot be read: \(error)")
            }
            let runner = LexiconCaseRunner(analyzer: analyzer)
            let failures = LexiconCaseRunner.variants(of: testCase).flatMap { runner.failures(of: testCase, in: $0) }
            if failures.isEmpty {
                terminal.write("it passes with the lexicons of \(directory)\n")
            } else {
                terminal.write(
                    "it fails with the lexicons of \(directory) for now (lexicon test will say so until they change):\n"
                )
                for failure in failures { terminal.write("  \(failure)\n") }
            }
            return ExitCode.success
        }
    )

    /// The case's text (and, from a report, its parent's): the argument, or `--report`'s post `--post`.
    static func caseText(_ arguments: ParsedArguments) throws -> (text: String, parent: String?) {
        switch (arguments.positionals.count, arguments.value("report"), arguments.value("post").flatMap { Int($0) }) {
        case (1, nil, nil):
            return (arguments.positionals[0], nil)
        case (0, let report?, let post?):
            return try ReportPostInput.read(report, number: post)
        case (0, _?, nil), (0, nil, _?):
            throw UsageError(message: "--report and --post go together: the report file and the post's number")
        case (0, nil, nil):
            throw UsageError(message: "expected the case's text (quoted), or --report FILE --post N")
        default:
            throw UsageError(message: "expected either one case text or --report FILE --post N, not both")
        }
    }

    /// `--expect` with each bare band (`medium`) written as the check it means (`band=medium`).
    static func expandedChecks(_ expectation: String) -> String {
        expectation.split(separator: ";", omittingEmptySubsequences: false).map { part in
            let word = part.trimmingCharacters(in: .whitespaces)
            return Severity(rawValue: word) != nil ? "band=\(word)" : word
        }.joined(separator: ";")
    }

    /// The tests file for `--file`: a plain name, `.tsv` added when it lacks it.
    static func testsFileName(_ name: String) throws(UsageError) -> String {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw UsageError(message: "--file needs a file name inside tests/ (cases, local-insults), not '\(name)'")
        }
        return name.hasSuffix(".tsv") ? name : name + ".tsv"
    }

    /// `file:line` of a case of `tests` with this text and parent, if any.
    static func existingCase(text: String, parent: String?, in tests: String) throws -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: tests)) ?? []
        for name in names.sorted() where name.hasSuffix(".tsv") {
            let path = (tests as NSString).appendingPathComponent(name)
            let file: LexiconCaseFile
            do {
                file = try LexiconCaseFile(origin: path, text: read(path))
            } catch let error as LexiconCaseFileError {
                throw CommandFailure(message: "\(error.description) (fix it before adding cases to the folder)")
            }
            if let line = file.line(ofText: text, parent: parent) { return "\(path):\(line)" }
        }
        return nil
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): the file cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CommandFailure(message: "\(path): not UTF-8 text")
        }
        return text
    }
}
