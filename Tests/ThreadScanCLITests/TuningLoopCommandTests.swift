import Foundation
import Testing

/// The tuning loop from the command line: `lexicon suggest`, `lexicon case add` and
/// `lexicon test --own`.
@Suite struct TuningLoopCommandTests {
    /// A labeled set in which one made-up word of sarcastic praise ("zorblax") marks three uncivil
    /// texts the lexicons miss (and one they catch by "sit down"), "grow up" fires on two civil texts and one uncivil text, and the rest
    /// are plain.
    static let labeled = """
        # made up for the tuning-loop tests
        id\ttext\tlabel
        1\tWell done, zorblax, the bins are still full.\t1
        2\tNice one zorblax, you parked across the gate.\t1
        3\tThanks, zorblax, exactly what we needed.\t1
        4\tSit down, zorblax.\t1
        5\tOur new keeper is a zorblax between the posts.\t0
        6\tThe kids will grow up with a proper park now.\t0
        7\tMy two will grow up knowing every footpath here.\t0
        8\tGrow up and read the minutes before you post.\t1
        9\tThe bin collection moved to Tuesdays.\t0
        10\tYou are an idiot.\t1
        11\tThe ferry was late again.\t0

        """

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func suggestProposesLowerWeightsPhrasesAndCasesWithTheirMeasuredEffect() throws {
        let data = try Self.folder().appendingPathComponent("labeled.tsv")
        try Self.write(Self.labeled, to: data)
        let result = try CLIRunner.run(["lexicon", "suggest", data.path, "--top", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("11 texts, 6 labeled uncivil; at cut-off 0.1000: "), "\(out)")
        // "grow up" fired on 3 texts, 1 uncivil: its weight goes down until the civil texts clear.
        #expect(out.contains("  grow up  1/3 on uncivil texts, precision 0.3333  Lexicons/incivility.tsv:"), "\(out)")
        #expect(out.contains("civil cleared"), "\(out)")
        // The missed texts' word: in all three, in the caught one, and in one civil text below the cut-off.
        #expect(out.contains("  zorblax  in 3 missed, 4/5 of the texts holding it uncivil, precision 0.8000"), "\(out)")
        #expect(
            out.contains("      zorblax\t0.3\tinsult\n      effect: 3 uncivil caught, 1 civil flagged; F1 "), "\(out)")
        #expect(out.contains("  The kids will grow up with a proper park now.\tband=none\n"), "\(out)")
        #expect(out.contains("  Well done, zorblax, the bins are still full.\tband>=low\n"), "\(out)")
        let again = try CLIRunner.run(["lexicon", "suggest", data.path, "--top", "3"])
        #expect(again.stdout == out, "the same bytes every run")
    }

    @Test func suggestedRowsPastedIntoAFolderDoWhatTheEffectSaid() throws {
        let folder = try Self.folder()
        let data = folder.appendingPathComponent("labeled.tsv")
        try Self.write(Self.labeled, to: data)
        let mine = folder.appendingPathComponent("mine")
        try Self.write(
            "term\tweight\tcategory\nzorblax\t0.3\tinsult\n", to: mine.appendingPathComponent("incivility-local.tsv"))
        let before = try CLIRunner.run(["lexicon", "eval", data.path, "-f", "json"])
        let baseline = folder.appendingPathComponent("before.json")
        try Data(before.stdout.utf8).write(to: baseline)
        let after = try CLIRunner.run([
            "lexicon", "eval", data.path, "--lexicons", "+" + mine.path, "--baseline", baseline.path,
        ])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("newly caught (uncivil, now at or above the cut-off): 3"), "\(after.stdout)")
        #expect(after.stdout.contains("newly flagged (civil, now at or above the cut-off): 1"), "\(after.stdout)")
        let suggest = try CLIRunner.run(["lexicon", "suggest", data.path, "--lexicons", "+" + mine.path])
        #expect(!suggest.stdout.contains("  zorblax  in "), "an entry already in the lexicons is not proposed again")
    }

    @Test func suggestRejectsAnUnknownCategoryAndABadFile() throws {
        let data = try Self.folder().appendingPathComponent("labeled.tsv")
        try Self.write(Self.labeled, to: data)
        let category = try CLIRunner.run(["lexicon", "suggest", data.path, "--category", "insutl"])
        #expect(category.status == 64)
        #expect(category.stderr.contains("unknown category 'insutl'"), "\(category.stderr)")
        #expect(category.stderr.contains("did you mean 'insult'?"), "\(category.stderr)")
        let headerless = try Self.folder().appendingPathComponent("bad.tsv")
        try Self.write("words\tverdict\nhello\t1\n", to: headerless)
        let bad = try CLIRunner.run(["lexicon", "suggest", headerless.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.tsv:"), "\(bad.stderr)")
        let skipped = try Self.folder().appendingPathComponent("skipped.tsv")
        try Self.write("text\tlabel\nfine text\t0\nodd\tmaybe\n", to: skipped)
        let rows = try CLIRunner.run(["lexicon", "suggest", skipped.path])
        #expect(rows.status == 1)
        #expect(rows.stderr.contains("skipped.tsv:3: bad label 'maybe'"), "\(rows.stderr)")
    }

    @Test func caseAddCreatesTheFileKeepsItSortedAndRefusesDuplicates() throws {
        let mine = try Self.folder().appendingPathComponent("mine")
        let first = try CLIRunner.run([
            "lexicon", "case", "add", "You are an [[idiot]].", "--expect", "medium", "--to", mine.path,
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let file = mine.appendingPathComponent("tests/cases.tsv")
        #expect(
            first.stdout.hasPrefix("created \(file.path):2: You are an [[idiot]].\tband=medium\n"), "\(first.stdout)")
        #expect(first.stdout.contains("it passes with the lexicons of"), "\(first.stdout)")
        let second = try CLIRunner.run([
            "lexicon", "case", "add", "Any proof?", "--expect", "stance=query", "--parent", "The bridge opens in May.",
            "--to", mine.path,
        ])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix("added \(file.path):2: "), "sorted before 'You…': \(second.stdout)")
        let third = try CLIRunner.run([
            "lexicon", "case", "add", "Zzz, the ferry again.", "--expect", "band=none;nocategory=threat", "--to",
            mine.path,
        ])
        #expect(third.status == 0, "\(third.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(
            text
                == "text\texpect\tparent\nAny proof?\tstance=query\tThe bridge opens in May.\nYou are an [[idiot]].\tband=medium\nZzz, the ferry again.\tband=none;nocategory=threat\n"
        )
        let duplicate = try CLIRunner.run([
            "lexicon", "case", "add", "You are an idiot.", "--expect", "high", "--to", mine.path,
        ])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("Error: \(file.path):3 is already this case"), "\(duplicate.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == text, "a refused case changes nothing")
    }

    @Test func caseAddLeavesAnUnsortedFilesLinesAsTheyAreAndSaysWhenTheCaseFailsNow() throws {
        let mine = try Self.folder().appendingPathComponent("mine")
        let file = mine.appendingPathComponent("tests/local.tsv")
        let original = "# our own cases\ntext\texpect\nzebra crossing is fine\tband=none\napple pie\tband=none\n"
        try Self.write(original, to: file)
        let result = try CLIRunner.run([
            "lexicon", "case", "add", "Well done, zorblax.", "--expect", "band>=low", "--to", mine.path, "--file",
            "local",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added \(file.path):5: Well done, zorblax.\tband>=low"), "\(result.stdout)")
        #expect(result.stdout.contains("it fails with the lexicons of"), "\(result.stdout)")
        #expect(result.stdout.contains("expected band>=low, got band=none"), "\(result.stdout)")
        #expect(try String(contentsOf: file, encoding: .utf8) == original + "Well done, zorblax.\tband>=low\n")
        let parent = try CLIRunner.run([
            "lexicon", "case", "add", "Any proof?", "--expect", "stance=query", "--parent", "It opens.", "--to",
            mine.path,
            "--file", "local",
        ])
        #expect(parent.status == 1)
        #expect(parent.stderr.contains("has no parent column"), "\(parent.stderr)")
    }

    @Test func caseAddRefusesWhatATestsFileCannotHold() throws {
        let mine = try Self.folder().appendingPathComponent("mine")
        let cases: [([String], String)] = [
            (
                ["lexicon", "case", "add", "two\tfields", "--expect", "none", "--to", mine.path],
                "holds a tab or a line break"
            ),
            (["lexicon", "case", "add", "fine", "--expect", "band=hihg", "--to", mine.path], "unknown band 'hihg'"),
            (
                ["lexicon", "case", "add", "fine", "--expect", "stance=deny", "--to", mine.path],
                "needs the parent text"
            ),
            (["lexicon", "case", "add", "fine", "--to", mine.path], "expected --expect"),
            (["lexicon", "case", "add", "fine", "--expect", "none"], "expected --to DIR"),
            (
                ["lexicon", "case", "add", "fine", "--expect", "none", "--to", mine.path, "--file", "../x"],
                "--file needs a file name"
            ),
        ]
        for (arguments, message) in cases {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: mine.path), "nothing written")
    }

    @Test func testOwnRunsOnlyTheFoldersCases() throws {
        let mine = try Self.folder().appendingPathComponent("mine")
        try Self.write(
            "text\texpect\nyou [[zorblax]]\tband>=low\nthe ferry was late\tband=none\n",
            to: mine.appendingPathComponent("tests/cases.tsv"))
        try Self.write(
            "term\tweight\tcategory\nzorblax\t0.4\tinsult\n", to: mine.appendingPathComponent("incivility-local.tsv"))
        let own = try CLIRunner.run(["lexicon", "test", "--lexicons", "+" + mine.path, "--own"])
        #expect(own.status == 0, "\(own.stdout)\(own.stderr)")
        #expect(own.stdout.hasSuffix("passed: 2 cases, 8 runs, 0 failed, 0 malformed\n"), "\(own.stdout)")
        let asArgument = try CLIRunner.run(["lexicon", "test", mine.path, "--own"])
        #expect(asArgument.status == 0)
        #expect(asArgument.stdout.contains("passed: 2 cases, 8 runs"), "\(asArgument.stdout)")
        let all = try CLIRunner.run(["lexicon", "test", "--lexicons", "+" + mine.path])
        #expect(
            all.stdout.contains("passed: ") && !all.stdout.contains("passed: 2 cases,"),
            "built-in cases too: \(all.stdout)")
        try FileManager.default.removeItem(at: mine.appendingPathComponent("incivility-local.tsv"))
        let failing = try CLIRunner.run(["lexicon", "test", "--lexicons", "+" + mine.path, "--own"])
        #expect(failing.status == 1)
        #expect(
            failing.stdout.contains("mine/tests/cases.tsv:2: expected band>=low, got band=none"), "\(failing.stdout)")
        let none = try CLIRunner.run(["lexicon", "test", "--own"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("--own needs a lexicon folder"), "\(none.stderr)")
        try FileManager.default.removeItem(at: mine.appendingPathComponent("tests"))
        try Self.write(
            "term\tweight\tcategory\nzorblax\t0.4\tinsult\n", to: mine.appendingPathComponent("incivility-local.tsv"))
        let empty = try CLIRunner.run(["lexicon", "test", "--lexicons", "+" + mine.path, "--own"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no test cases of its own in the folder"), "\(empty.stderr)")
    }

    @Test func theLexiconGroupListsTheCaseGroupAndItListsAdd() throws {
        let lexicon = try CLIRunner.run(["help", "lexicon"])
        #expect(
            lexicon.stdout.contains("\n  case                    Add test cases to a lexicon folder.\n"),
            "\(lexicon.stdout)")
        #expect(lexicon.stdout.contains("\n  suggest                 "), "\(lexicon.stdout)")
        let group = try CLIRunner.run(["lexicon", "case"])
        #expect(group.status == 0)
        #expect(group.stdout.contains("\n  add                     Add a test case"), "\(group.stdout)")
        let misspelt = try CLIRunner.run(["lexicon", "case", "ad"])
        #expect(misspelt.status == 64)
        #expect(misspelt.stderr.contains("did you mean 'add'?"), "\(misspelt.stderr)")
    }

    @Test func caseAddTakesAPostOfASavedReportWithItsParent() throws {
        let folder = try Self.folder()
        let report = folder.appendingPathComponent("report.json")
        let scan = try CLIRunner.run(["scan", "Examples/invision-thread.txt", "-f", "json", "-o", report.path, "-q"])
        #expect(scan.status == 0, "\(scan.stderr)")
        let posts = try #require(
            (try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])?["posts"]
                as? [[String: Any]])
        let post = try #require(posts.first { ($0["number"] as? Int) == 3 })
        let parentIndex = try #require(post["parent"] as? Int)
        let parent = try #require(posts.first { ($0["index"] as? Int) == parentIndex }?["body"] as? String)
        let mine = folder.appendingPathComponent("mine")
        let result = try CLIRunner.run([
            "lexicon", "case", "add", "--report", report.path, "--post", "3", "--expect", "band>=low", "--to",
            mine.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let oneLine = { (text: String) in text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        let row = try String(contentsOf: mine.appendingPathComponent("tests/cases.tsv"), encoding: .utf8)
        let body = try #require(post["body"] as? String)
        #expect(row == "text\texpect\tparent\n\(oneLine(body))\tband>=low\t\(oneLine(parent))\n", "\(row)")
        let missing = try CLIRunner.run([
            "lexicon", "case", "add", "--report", report.path, "--post", "99", "--expect", "low", "--to", mine.path,
        ])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no post #99 (its posts are numbered 1 to "), "\(missing.stderr)")
        let alone = try CLIRunner.run(["lexicon", "case", "add", "--post", "3", "--expect", "low", "--to", mine.path])
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--report and --post go together"), "\(alone.stderr)")
        let notReport = try CLIRunner.run([
            "lexicon", "case", "add", "--report", mine.appendingPathComponent("tests/cases.tsv").path, "--post", "1",
            "--expect", "low", "--to", mine.path,
        ])
        #expect(notReport.status == 1)
        #expect(notReport.stderr.contains("not one JSON object"), "\(notReport.stderr)")
    }
}
