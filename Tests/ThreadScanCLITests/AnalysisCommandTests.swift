import Foundation
import Testing

@Suite struct AnalysisCommandTests {
    static let lexicons = [
        "incivility.tsv":
            "term\tweight\tcategory\nidiot*\t0.5\tinsult\nmoron*\t0.5\tinsult\ndrivel\t0.3\tpejorative-speech\n",
        "targets.tsv": "term\tkind\nyou\tparticipant\n",
        "stance.tsv": "cue\tweight\tstance\nyeah\t0.6\tsupport\n",
        "sentiment.tsv": "term\tweight\nevil\t-0.8\n",
        "tests/cases.tsv":
            "text\texpect\tparent\nyou are an [[idiot]]\tband>=medium;target=participant\t\nyeah\tstance=support\tit is\n",
    ]

    static func folder(_ files: [String: String] = lexicons) throws -> String {
        try folder(bytes: files.mapValues { Data($0.utf8) }).path
    }

    /// A fresh temporary folder holding `files` (relative path → bytes).
    static func folder(bytes files: [String: Data]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-\(UUID().uuidString)")
        for (path, data) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return root
    }

    @Test func explainShowsEntriesRulesAndScores() throws {
        let output = try CLIRunner.run(["explain", "you absolute idiot!!", "--lexicons", try Self.folder()])
        #expect(output.status == 0)
        #expect(output.stdout.contains("idiot* [insult]  \"idiot\" @13..<18"))
        #expect(output.stdout.contains("rule target:participant"))
        #expect(output.stdout.contains("rule exclamation"))
        #expect(output.stdout.contains("Incivility: 0.7"))
    }

    @Test func explainAsJSONWithParentAndTarget() throws {
        let output = try CLIRunner.run([
            "explain", "yeah, Iran is evil", "--parent", "Iran signed", "--target", "Iran", "--format", "json",
            "--lexicons", try Self.folder(),
        ])
        #expect(output.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        #expect((json?["replyStance"] as? [String: Any])?["stance"] as? String == "support")
        #expect(((json?["targetStances"] as? [[String: Any]])?.first)?["stance"] as? String == "against")
    }

    @Test func scoreWritesOneJSONLinePerTextLine() throws {
        let output = try CLIRunner.run(
            ["score", "--lexicons", try Self.folder()], stdin: Data("you idiot\nhello there\n".utf8))
        #expect(output.status == 0)
        #expect(
            output.stdout == """
                {"line":1,"score":0.65,"severity":"medium","categories":["insult"],"target":"participant"}
                {"line":2,"score":0.0,"severity":"none","categories":[],"target":null}

                """
        )
    }

    @Test func scoreReadsATSVWithParentAndTarget() throws {
        let input = "id\ttext\tparent_text\ttarget\n7\tyeah Iran is evil\tIran signed\tIran\n8\twhat drivel\t\t\n"
        let output = try CLIRunner.run(["score", "-", "--lexicons", try Self.folder()], stdin: Data(input.utf8))
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines.first
                == #"{"line":2,"id":"7","score":0.006,"severity":"none","categories":[],"target":null,"stance":"support","targetStance":"against"}"#
        )
        #expect(
            lines.last?.hasPrefix(
                #"{"line":3,"id":"8","score":0.24,"severity":"low","categories":["pejorative-speech"]"#)
                == true)
    }

    @Test func scoreAnswersEveryRowWhateverItStartsWith() throws {
        let input = "text\tid\n#hashtag you absolute moron\t1\nyou idiot\t2\n"
        let output = try CLIRunner.run(["score", "-", "--lexicons", try Self.folder()], stdin: Data(input.utf8))
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix(#"{"line":2,"id":"1","score":"#) == true)
        #expect(lines.last?.hasPrefix(#"{"line":3,"id":"2","score":"#) == true)
    }

    @Test func scoreReadsCREndingsAndABOMHeaderAndGoesOnAfterABadRow() throws {
        var input = "\u{FEFF}ID\t Text \r"
        for row in 1...5_000 { input += "\(row)\tyou idiot\r" }
        input += "no tab here\r\r5001\tlast one\r"
        let output = try CLIRunner.run(["score", "--lexicons", try Self.folder()], stdin: Data(input.utf8))
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 5_003)
        #expect(
            lines[5_000]
                == #"{"line":5002,"id":"no tab here","error":"expected at least 2 tab-separated fields to reach 'text', found 1; is a tab missing?"}"#
        )
        #expect(lines[5_001] == #"{"line":5003,"error":"blank row: nothing to score"}"#)
        #expect(lines[5_002].hasPrefix(#"{"line":5004,"id":"5001","score":0.0"#))
        #expect(output.stderr.contains("2 of 5003 rows could not be scored (first at <stdin>:5002:"))
    }

    @Test func lexiconEvalReadsStandardInputAndCountsEveryRow() throws {
        let input = "# licence line\ntext\tlabel\n#MeToo you idiot\t1\nhello\tmaybe\nfine day\t0\n"
        let output = try CLIRunner.run(
            ["lexicon", "eval", "-", "--lexicons", try Self.folder(), "--min-fired", "1"], stdin: Data(input.utf8))
        #expect(output.status == 1)
        #expect(output.stdout.contains("2 texts, 1 labeled uncivil"))
        #expect(output.stdout.contains("<stdin>:4: bad label 'maybe'"))
        #expect(output.stderr.contains("1 row(s) skipped"))
    }

    @Test func lexiconEvalTopListIsTheSameEveryRun() throws {
        var input = "text\tlabel\n"
        for word in ["idiot", "moron", "drivel", "idiots", "morons"] {
            input += "you \(word)\t1\nthat \(word)\t0\n"
        }
        let folder = try Self.folder()
        let runs = try (0..<3).map { _ in
            try CLIRunner.run(
                ["lexicon", "eval", "-", "--lexicons", folder, "--min-fired", "1"], stdin: Data(input.utf8)
            )
            .stdout
        }
        #expect(Set(runs).count == 1)
    }

    @Test func lexiconTestPassesAndFails() throws {
        let folder = try Self.folder()
        let passing = try CLIRunner.run(["lexicon", "test", folder])
        #expect(passing.status == 0)
        #expect(passing.stdout.contains("passed: 2 cases, 8 runs, 0 failed, 0 malformed"))
        var files = Self.lexicons
        files["tests/cases.tsv"] = "text\texpect\nthat is drivel\tband=none\n"
        let failing = try CLIRunner.run(["lexicon", "test", try Self.folder(files)])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("tests/cases.tsv:2: expected band=none, got band=low (score 0.24)"))
    }

    @Test func theBuiltInLexiconTestsPass() throws {
        let output = try CLIRunner.run(["lexicon", "test"], directory: FileManager.default.temporaryDirectory)
        #expect(output.status == 0, "\(output.stdout.suffix(2000))")
    }

    @Test func lexiconLintReportsProblemsWithFileAndLine() throws {
        var files = Self.lexicons
        files["incivility.tsv"] =
            "term\tweight\tcategory\nidiot*\t0.5\tinsult\nidiots\t0.5\tinsult\nmoron\t2\tinsult\ndolt\t0.3\tinsullt\n"
        let output = try CLIRunner.run(["lexicon", "lint", try Self.folder(files)])
        #expect(output.status == 1)
        #expect(output.stdout.contains("incivility.tsv:4: bad weight '2': expected a number in (0, 1]"))
        #expect(output.stdout.contains("incivility.tsv:5: unknown category 'insullt'"))
        #expect(output.stdout.contains("incivility.tsv:3: term 'idiots' is shadowed by 'idiot*'"))
        let clean = try CLIRunner.run(["lexicon", "lint", try Self.folder()])
        #expect(clean.status == 0)
    }

    @Test func badLexiconsFailWithFileAndLineNeverACrash() throws {
        let notUTF8 = try Self.folder(bytes: ["incivility.tsv": Data([0x74, 0x65, 0x72, 0x6D, 0xFF, 0x0A])]).path
        let output = try CLIRunner.run(["explain", "hi", "--lexicons", notUTF8])
        #expect(output.status == 1)
        #expect(output.stderr.contains("incivility.tsv:1: not UTF-8"))
        var files = Self.lexicons
        files["incivility.tsv"] = ""
        let empty = try Self.folder(files)
        let emptyOutput = try CLIRunner.run(["score", "--lexicons", empty], stdin: Data("hi\n".utf8))
        #expect(emptyOutput.status == 1)
        #expect(emptyOutput.stderr.contains("incivility.tsv:1: empty file"))
    }

    @Test func aReplacingLexiconFolderWithoutTheAnalysisLexiconsIsAUsageError() throws {
        let empty = try Self.folder([:])
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        for arguments in [
            ["explain", "you idiot", "--lexicons", empty], ["score", "--lexicons", empty],
            [
                "scan", CLIRunner.packageRoot.appendingPathComponent("Examples/invision-thread.txt").path, "--lexicons",
                empty,
            ],
        ] {
            let output = try CLIRunner.run(arguments, stdin: Data("you idiot\n".utf8))
            #expect(output.status == 64, "\(arguments)")
            #expect(output.stderr.contains("--lexicons \(empty) has no incivility.tsv, targets.tsv, stance.tsv"))
            #expect(output.stderr.contains("write --lexicons +\(empty)"))
        }
        let lint = try CLIRunner.run(["lexicon", "lint", empty])
        #expect(lint.status == 1)
        #expect(lint.stderr.contains("no lexicon files (.tsv) in this folder"))
    }

    @Test func lintingACommunityFolderReadsItOnTopOfTheBuiltInLexicons() throws {
        let folder = try Self.folder(["tests/mine.tsv": "text\texpect\nyou absolute moron\tband>=medium\n"])
        let lint = try CLIRunner.run(["lexicon", "lint", folder])
        #expect(lint.status == 0)
        #expect(lint.stdout.contains("note: \(folder) has no incivility.tsv, targets.tsv, stance.tsv: read on top"))
    }

    @Test func lexiconEvalOnAFixture() throws {
        let fixture = CLIRunner.packageRoot.appendingPathComponent(
            "Tests/ThreadScanCLITests/Fixtures/lexicon-eval/labeled.tsv"
        ).path
        let output = try CLIRunner.run([
            "lexicon", "eval", fixture, "--lexicons", try Self.folder(), "--min-fired", "1",
        ])
        #expect(output.status == 0)
        #expect(output.stdout.contains("6 texts, 3 labeled uncivil"))
        #expect(output.stdout.contains("at cut-off 0.1000: precision 1.0000  recall 1.0000  F1 1.0000"))
        #expect(output.stdout.contains("ROC-AUC 1.0000"))
        #expect(output.stdout.contains("1.0000  1/1  idiot* ("))
    }

    @Test func lexiconEvalRejectsBadInput() throws {
        let bad = try Self.folder(bytes: ["bad.tsv": Data("text\tlabel\nhello\tmaybe\n".utf8)])
        let output = try CLIRunner.run(["lexicon", "eval", bad.appendingPathComponent("bad.tsv").path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("bad.tsv:2: bad label 'maybe': expected 1 (uncivil) or 0 (civil)"))
        let missing = try CLIRunner.run([
            "lexicon", "eval", bad.appendingPathComponent("bad.tsv").path, "--label", "class",
        ])
        #expect(missing.stderr.contains("bad.tsv:1: header has no 'class' column"))
    }
}
