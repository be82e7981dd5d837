import Foundation
import Testing

/// `lexicon fit`, `explain` with learned weights, and `lexicon eval --format json --baseline`.
@Suite struct WeightsCommandTests {
    /// A small labeled reply set in the shape of a reply-stance data set.
    static let replies: String = {
        var out = "# a made-up reply set\nid\ttext\tparent_text\tlabel\tthread_id\n"
        let rows: [(String, String)] = [
            ("yeah that is right", "support"), ("yeah, true", "support"), ("so true", "support"),
            ("yeah I saw it too", "support"), ("that is wrong", "deny"), ("wrong, it was Tuesday", "deny"),
            ("not true at all", "deny"), ("#fakenews", "deny"), ("source?", "query"), ("is that so?", "query"),
            ("when did it happen?", "query"), ("who said that?", "query"), ("I had pasta", "comment"),
            ("nice weather today", "comment"), ("my cat is asleep", "comment"), ("off to work now", "comment"),
            ("the bus was late", "comment"), ("see you all later", "comment"),
        ]
        for round in 0..<3 {
            for (index, row) in rows.enumerated() {
                out += "\(round * 100 + index)\t\(row.0)\tThe market opens on Friday.\t\(row.1)\tt\(index % 6)\n"
            }
        }
        return out + "99\tno parent here\t\tcomment\tt0\n"
    }()

    static func write(_ text: String, named name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadscan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func fitRunTwiceWritesIdenticalBytesAndPrintsCrossValidation() throws {
        let data = try Self.write(Self.replies, named: "replies.tsv")
        let folder = data.deletingLastPathComponent()
        var outputs: [Data] = []
        for run in 0..<2 {
            let out = folder.appendingPathComponent("weights\(run).tsv")
            let result = try CLIRunner.run([
                "lexicon", "fit", data.path, "--group", "thread_id", "--folds", "3", "--min-count", "2", "-o", out.path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("54 examples, 1 rows without a parent text left out"))
            #expect(result.stdout.contains("3-fold cross-validation (folds by thread_id):"))
            #expect(result.stdout.contains("macro-F1 "))
            outputs.append(try Data(contentsOf: out))
        }
        #expect(outputs[0] == outputs[1])
        let text = String(decoding: outputs[0], as: UTF8.self)
        #expect(text.contains("\nfeature\tclass\tweight\nbias\tsupport\t"))
        #expect(text.contains("\nword:#fakenews\tdeny\t"))
        #expect(text.contains("on replies.tsv."))
    }

    @Test func fitWeightsLoadWithPlusDirAndExplainShowsEachContribution() throws {
        let data = try Self.write(Self.replies, named: "replies.tsv")
        let lexicons = data.deletingLastPathComponent().appendingPathComponent("community")
        try FileManager.default.createDirectory(
            at: lexicons.appendingPathComponent("weights"), withIntermediateDirectories: true)
        let fit = try CLIRunner.run([
            "lexicon", "fit", data.path, "--min-count", "2", "-o",
            lexicons.appendingPathComponent("weights/stance.tsv").path,
        ])
        #expect(fit.status == 0, "\(fit.stderr)")
        let explain = try CLIRunner.run([
            "explain", "that is wrong", "--parent", "The market opens on Friday.", "--lexicons", "+\(lexicons.path)",
        ])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("Reply stance: deny"))
        #expect(explain.stdout.contains("learned weights: score = Σ weight × value; support "))
        #expect(explain.stdout.contains("contributions toward deny:"))
        #expect(explain.stdout.contains("rule bias [deny]  (whole text)"))
        #expect(explain.stdout.contains("cue:wrong [deny]  \"wrong\" @8..<13  w=+"))
        #expect(explain.stdout.contains("weights/stance.tsv:"))
    }

    @Test func fitWritesIntoADeviceWithoutReplacingIt() throws {
        let data = try Self.write(
            "text\tlabel\nyou idiot\t1\nnice day\t0\nyou moron\t1\nlovely weather\t0\n", named: "device.tsv")
        let result = try CLIRunner.run(["lexicon", "fit", data.path, "--task", "incivility", "--folds", "2", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
    }

    @Test func fitReportsBadRowsWithFileAndLine() throws {
        let data = try Self.write("text\tparent_text\tlabel\nyeah\tit is\tagree\nno\tit is\tdeny\n", named: "bad.tsv")
        let result = try CLIRunner.run(["lexicon", "fit", data.path, "-o", "/dev/null"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("bad.tsv:2: bad label 'agree': expected one of support, deny, query, comment"))
        let usage = try CLIRunner.run(["lexicon", "fit", data.path, "--task", "topic"])
        #expect(usage.status == 64)
    }

    @Test func fitForIncivilityReadsZeroOneLabelsAndPrintsROCAUC() throws {
        let data = try Self.write(
            "text\tlabel\nyou idiot\t1\nyou moron\t1\nnice day\t0\nlovely weather\t0\nyou are stupid\t1\n"
                + "great game today\t0\nwhat an idiot\t1\nsee you soon\t0\n", named: "incivility.tsv")
        let result = try CLIRunner.run([
            "lexicon", "fit", data.path, "--task", "incivility", "--folds", "2", "--min-count", "1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nbias\tcivil\t"))
        #expect(
            result.stdout.contains("\nentry:idiot*\tuncivil\t") || result.stdout.contains("\nentry:idiot\tuncivil\t"))
        #expect(result.stderr.contains("2-fold cross-validation:"))
        #expect(result.stderr.contains("ROC-AUC "))
    }

    static let labeled = "text\tlabel\nyou idiot\t1\nyou zorgle\t1\nwhat drivel\t0\nnice day\t0\nidiots all\t1\n"

    @Test func evalJSONThenBaselineShowsWhatChanged() throws {
        let data = try Self.write(Self.labeled, named: "labeled.tsv")
        let root = data.deletingLastPathComponent()
        let before = root.appendingPathComponent("before")
        let after = root.appendingPathComponent("after")
        let incivility = "term\tweight\tcategory\nidiot*\t0.5\tinsult\ndrivel\t0.3\tpejorative-speech\n"
        for (folder, extra) in [(before, ""), (after, "zorgle\t0.5\tinsult\n")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data((incivility + extra).utf8).write(to: folder.appendingPathComponent("incivility-test.tsv"))
        }
        let first = try CLIRunner.run([
            "lexicon", "eval", data.path, "--format", "json", "--lexicons", "+\(before.path)",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try CLIRunner.run([
            "lexicon", "eval", data.path, "--format", "json", "--lexicons", "+\(before.path)",
        ])
        #expect(first.stdout == again.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "threadscan.eval/1")
        #expect(json["texts"] as? Int == 5)
        #expect((json["results"] as? [[String: Any]])?.count == 5)
        #expect(json["baseline"] is NSNull)
        let baseline = root.appendingPathComponent("before.json")
        try Data(first.stdout.utf8).write(to: baseline)

        let text = try CLIRunner.run([
            "lexicon", "eval", data.path, "--baseline", baseline.path, "--lexicons", "+\(after.path)",
        ])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("compared with \(baseline.path):"))
        #expect(text.stdout.contains("newly caught (uncivil, now at or above the cut-off): 1\n    line 3  "))
        #expect(text.stdout.contains("you zorgle"))
        #expect(text.stdout.contains("newly missed (uncivil, now below the cut-off): 0"))
        #expect(text.stdout.contains("    zorgle  new → 1/1 1.0000"))

        let compared = try CLIRunner.run([
            "lexicon", "eval", data.path, "--format", "json", "--baseline", baseline.path, "--lexicons",
            "+\(after.path)",
        ])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [String: Any])
        let changes = try #require(document["baseline"] as? [String: Any])
        #expect((changes["newlyCaught"] as? [[String: Any]])?.map { $0["line"] as? Int } == [3])
        #expect((changes["newlyMissed"] as? [Any])?.isEmpty == true)
        #expect(
            (changes["entries"] as? [[String: Any]])?.compactMap { $0["entry"] as? String }.contains("zorgle") == true)
    }

    @Test func aBaselineThatIsNotAnEvalDocumentIsAnError() throws {
        let data = try Self.write(Self.labeled, named: "labeled.tsv")
        let bogus = try Self.write("{\"schema\":\"threadscan.report/1\"}", named: "report.json")
        let result = try CLIRunner.run(["lexicon", "eval", data.path, "--baseline", bogus.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("report.json: not a baseline: schema is 'threadscan.report/1'"))
    }
}
