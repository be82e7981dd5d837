import Foundation
import Testing

/// `scan --jsonl-in`: one `threadscan.line/1` line per input line, in order, flushed as done;
/// bad records answered with their reason; `--group-by thread`; `--jobs`.
@Suite struct JSONLinesInTests {
    static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// A copied-text thread of `posts` posts, the first `you absolute idiot`.
    static func copiedThread(_ posts: Int, title: String = "A thread") -> String {
        var text = "\(title)\n\n"
        for number in 1...posts {
            text +=
                "poster\(number)\n#\(number)\n\n" + (number == 1 ? "you absolute idiot" : "reply number \(number)")
                + "\n\n"
        }
        return text
    }

    static let page =
        "<html><head><title>Parking</title></head><body><article class=message data-author=ana>"
        + "<div class=message-body>you are an idiot</div></article></body></html>"

    @Test func everyLineGetsOneLineInOrderAndBadOnesSayWhy() throws {
        let mhtml =
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            + "Content-Type: text/html; charset=utf-8\r\n\r\n\(Self.page)\r\n--b--\r\n"
        let lines = [
            try Self.json(["id": "h1", "url": "https://town.example/t/1", "html": Self.page]),
            try Self.json(["id": 2, "mhtml_base64": Data(mhtml.utf8).base64EncodedString()]),
            try Self.json(["id": "t3", "text": Self.copiedThread(2)]),
            "{\"id\": \"cut\", \"text\": \"no end",
            "",
            try Self.json(["id": "b64", "mhtml_base64": "abc*def"]),
            try Self.json(["url": "https://town.example/t/1", "html": "<p>x</p>"]),
            try Self.json(["id": 8.5, "text": "x"]),
            try Self.json(["id": "two", "html": "<p>x</p>", "text": "x"]),
            try Self.json(["id": "none"]),
            try Self.json(["id": "list", "text": ["x"]]),
            "[1, 2]",
        ]
        let result = try CLIRunner.run(["scan", "--jsonl-in", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "threadscan: 12 lines read, 3 reports, 9 bad lines\n")
        let out = try Self.objects(result.stdout)
        try #require(out.count == lines.count)
        for (index, object) in out.enumerated() {
            #expect(object["schema"] as? String == "threadscan.line/1")
            #expect(object["line"] as? Int == index + 1)
        }
        #expect(out[0]["id"] as? String == "h1")
        #expect(out[1]["id"] as? Int == 2)
        #expect(out[2]["id"] as? String == "t3")
        for object in out[0..<3] {
            let report = try #require(object["report"] as? [String: Any])
            #expect(report["schema"] as? String == "threadscan.report/1")
            let text = String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self)
            #expect(text.contains("idiot"), "the record's page was read: \(text.prefix(400))")
        }
        let thread = try #require((out[0]["report"] as? [String: Any])?["thread"] as? [String: Any])
        #expect(thread["source"] as? String == "https://town.example/t/1")
        let expected: [(String?, String)] = [
            (nil, "not JSON: at byte 29: unterminated string"),
            (nil, "empty line; expected a JSON object"),
            ("b64", "\"mhtml_base64\" is not base64: at character 3: '*' is not a base64 character"),
            (nil, "missing \"id\" (a string or an integer)"),
            (nil, "\"id\" must be a string or an integer, not a number"),
            (
                "two",
                "more than one page: give one of \"html\", \"mhtml_base64\" or \"text\", not \"html\" and \"text\""
            ),
            ("none", "no page: expected one of \"html\", \"mhtml_base64\" or \"text\" (a string)"),
            ("list", "\"text\" must be a string, not an array"),
            (nil, "expected a JSON object, found an array"),
        ]
        for (object, (id, reason)) in zip(out[3...], expected) {
            #expect(object["id"] as? String == id, "\(object)")
            #expect((object["error"] as? String)?.hasPrefix(reason) == true, "\(object)")
            #expect(object["report"] == nil)
        }
    }

    @Test func aByteOrderMarkBeforeTheFirstRecordIsSkipped() throws {
        let line = try Self.json(["id": "bom", "text": Self.copiedThread(1)])
        let result = try CLIRunner.run(
            ["scan", "--jsonl-in", "-", "--quiet"], stdin: Data([0xEF, 0xBB, 0xBF] + Array(line.utf8)))
        let out = try Self.objects(result.stdout)
        #expect(out.count == 1 && out.first?["id"] as? String == "bom" && out.first?["report"] != nil, "\(out)")
    }

    @Test func theWorkerCountChangesNothingInTheOutput() throws {
        // Long and short threads mixed, so that later records finish before earlier ones.
        let lines = try (0..<40).map { index in
            try Self.json([
                "id": index, "text": Self.copiedThread(index % 4 == 0 ? 60 : 1 + index % 3, title: "T\(index)"),
            ])
        }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let one = try CLIRunner.run(["scan", "--jsonl-in", "-", "--jobs", "1", "--quiet"], stdin: input)
        let four = try CLIRunner.run(["scan", "--jsonl-in", "-", "-j", "4", "--quiet"], stdin: input)
        #expect(one.status == 0 && four.status == 0, "\(one.stderr)\(four.stderr)")
        #expect(one.stdout == four.stdout)
        #expect(try Self.objects(four.stdout).map { $0["id"] as? Int } == Array(0..<40))
    }

    @Test func eachLineIsWrittenBeforeTheNextIsRead() throws {
        // A coprocess: write one record, read its line back, only then write the next.
        let filter = try PipedProcess(["scan", "--jsonl-in", "-", "--quiet"])
        for index in 0..<3 {
            filter.input.write(Data((try Self.json(["id": index, "text": "hello \(index)"]) + "\n").utf8))
            let line = try #require(
                filter.lines.nextLine(waiting: 120), "no line back for record \(index) before the next")
            #expect(line.hasPrefix("{\"schema\":\"threadscan.line/1\",\"line\":\(index + 1),\"id\":\(index),"))
        }
        #expect(try filter.finish() == 0)
    }

    /// A pointer line's `reportedAt` as `LINE ID`.
    static func pointer(_ object: [String: Any]) -> String? {
        guard let at = object["reportedAt"] as? [String: Any], let line = at["line"] as? Int else { return nil }
        return "\(line) \(at["id"] as? String ?? "?")"
    }

    @Test func groupingByThreadPutsTheReportOnTheLastRecordOfARun() throws {
        let lines = [
            try Self.json(["id": "a", "url": "https://town.example/threads/x.9/", "text": Self.copiedThread(2)]),
            try Self.json(["id": "b", "url": "https://town.example/threads/x.9/page-2", "text": Self.copiedThread(3)]),
            try Self.json(["id": "c", "thread": 7, "text": Self.copiedThread(1)]),
            "not a record",
            try Self.json(["id": "e", "thread": 7, "text": Self.copiedThread(2)]),
            try Self.json(["id": "f", "url": "https://www.town.example/threads/x.9", "text": Self.copiedThread(1)]),
            try Self.json(["id": "g", "text": Self.copiedThread(1)]),
        ]
        let result = try CLIRunner.run(
            ["scan", "--jsonl-in", "-", "--group-by", "thread"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let out = try Self.objects(result.stdout)
        try #require(out.count == 7)
        let key = "https://town.example/threads/x.9"
        #expect(out[0]["thread"] as? String == key, "\(out[0])")
        #expect(Self.pointer(out[0]) == "2 b")
        #expect(out[0]["report"] == nil)
        #expect(out[1]["records"] as? [String] == ["a", "b"])
        let first = try #require(out[1]["report"] as? [String: Any])
        // Both pages show the first post: it counts once.
        #expect((first["summary"] as? [String: Any])?["posts"] as? Int == 4)
        #expect(Self.pointer(out[2]) == "5 e")
        #expect(out[3]["error"] != nil)
        #expect(out[4]["thread"] as? String == "7")
        #expect(out[4]["records"] as? [String] == ["c", "e"])
        let split = try #require(out[5]["report"] as? [String: Any])
        let warnings = (split["thread"] as? [String: Any])?["warnings"] as? [String] ?? []
        #expect(
            warnings.contains(
                "records of thread \(key) also came before line 1, not next to these: reported apart (sort the records by thread first)"
            ),
            "\(warnings)")
        #expect(out[6]["thread"] == nil && out[6]["report"] != nil)
    }

    @Test func aRecordOverTheInputLimitIsReadUpToItWithAWarning() throws {
        let text = Self.copiedThread(3)
        let line = try Self.json(["id": "big", "text": text])
        let result = try CLIRunner.run(
            ["scan", "--jsonl-in", "-", "--max-input-size", "30", "--quiet"], stdin: Data(line.utf8))
        let out = try Self.objects(result.stdout)
        let thread = try #require((out.first?["report"] as? [String: Any])?["thread"] as? [String: Any])
        #expect(
            (thread["warnings"] as? [String])?.contains(
                "byte 30: the page is \(text.utf8.count) bytes, over the input size limit of 30 (--max-input-size): only its first 30 bytes were read"
            )
                == true, "\(thread)")
    }

    @Test func misusesAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["scan", "--jsonl-in", "-", "Examples/invision-thread.txt"], "give no <path> with it"),
            (["scan", "--jsonl-in", "-", "-f", "csv"], "--format csv cannot be used with it"),
            (["scan", "--jsonl-in", "-", "--merge"], "--merge cannot be used with --jsonl-in"),
            (["scan", "Examples/invision-thread.txt", "--group-by", "thread"], "--group-by needs --jsonl-in"),
            (["scan", "Examples/invision-thread.txt", "--jobs", "2"], "--jobs needs --jsonl-in"),
            (["scan", "--jsonl-in", "-", "--jobs", "0"], "--jobs needs a whole number"),
        ]
        for (arguments, message) in cases {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let missing = try CLIRunner.run(["scan", "--jsonl-in", "no-such-records.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("Error: --jsonl-in "), "\(missing.stderr)")
        #expect(missing.stderr.contains("no-such-records.jsonl"), "\(missing.stderr)")
    }
}
