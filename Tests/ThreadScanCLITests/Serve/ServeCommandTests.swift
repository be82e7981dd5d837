import Foundation
import Testing

/// `threadscan serve` run as a process: its startup line, its routes, keys, feedback, shutdown.
@Suite struct ServeCommandTests {
    private static let analyzePath = "/v1alpha1/comments:analyze"

    private func json(_ body: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    private func toxicity(_ body: String) throws -> Double {
        let object = try json(body)
        let scores = try #require(object["attributeScores"] as? [String: Any])
        let toxicity = try #require(scores["TOXICITY"] as? [String: Any])
        let summary = try #require(toxicity["summaryScore"] as? [String: Any])
        return try #require(summary["value"] as? Double)
    }

    @Test func answersAnalyzeOverKeptAliveConnectionAndLogsEachRequest() throws {
        let server = try ServerProcess()
        let connection = try RawHTTPConnection(port: server.port)
        let body = #"{"comment":{"text":"you are a pathetic idiot"},"requestedAttributes":{"TOXICITY":{}}}"#
        connection.send(RawHTTPConnection.post(Self.analyzePath, body))
        let first = try #require(connection.readResponse())
        #expect(first.status == 200)
        #expect(first.headers["content-type"] == "application/json; charset=UTF-8")
        #expect(try toxicity(first.body) >= 0.8)
        let civil = #"{"comment":{"text":"thank you, that helps"},"requestedAttributes":{"TOXICITY":{}}}"#
        connection.send(RawHTTPConnection.post(Self.analyzePath, civil))
        let second = try #require(connection.readResponse())
        #expect(try toxicity(second.body) < 0.2)
        connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(connection.readResponse()?.body == "ok\n")
        #expect(server.stop() == 0)
        let log = server.stderr
        #expect(log.hasPrefix("threadscan serve: listening on http://127.0.0.1:\(server.port) ("))
        #expect(log.components(separatedBy: "\"POST /v1alpha1/comments:analyze\" 200").count == 3)
        #expect(log.contains("\"GET /healthz\" 200 3 "))
        #expect(log.hasSuffix("threadscan serve: stopped\n"))
    }

    @Test func quietLeavesOnlyTheStartupAndStopLines() throws {
        let server = try ServerProcess(["--quiet"])
        let connection = try RawHTTPConnection(port: server.port)
        connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(connection.readResponse()?.status == 200)
        server.stop()
        #expect(server.stderr.split(separator: "\n").count == 3)
        #expect(!server.stderr.contains("healthz"))
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let server = try ServerProcess(["--quiet"])
        let connection = try RawHTTPConnection(port: server.port)
        let texts = ["first you idiot", "second, lovely", "third, shut up moron"]
        connection.send(
            texts.map {
                RawHTTPConnection.post(
                    Self.analyzePath,
                    #"{"comment":{"text":"\#($0)"},"requestedAttributes":{"TOXICITY":{}},"clientToken":"\#($0)"}"#)
            }.joined())
        for text in texts {
            let response = try #require(connection.readResponse())
            #expect(try json(response.body)["clientToken"] as? String == text)
        }
        server.stop()
    }

    @Test func chunkedBodiesAndExpectContinueAreRead() throws {
        let server = try ServerProcess(["--quiet"])
        let connection = try RawHTTPConnection(port: server.port)
        let body = Array(#"{"comment":{"text":"what a load of crap"},"requestedAttributes":{"PROFANITY":{}}}"#.utf8)
        var request =
            "POST \(Self.analyzePath) HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n"
        connection.send(request)
        var chunks = ""
        for start in stride(from: 0, to: body.count, by: 7) {
            let piece = body[start..<min(body.count, start + 7)]
            chunks += String(piece.count, radix: 16) + (start == 0 ? ";ext=1" : "") + "\r\n"
            chunks += String(decoding: piece, as: UTF8.self) + "\r\n"
        }
        request = chunks + "0\r\nX-Trailer: yes\r\n\r\n"
        connection.send(request)
        let response = try #require(connection.readResponse())
        #expect(response.status == 200)
        let scores = try #require(try json(response.body)["attributeScores"] as? [String: Any])
        #expect(scores["PROFANITY"] != nil)
        server.stop()
    }

    @Test func apiKeysAreCheckedOnlyWhenGiven() throws {
        let body = #"{"comment":{"text":"hello"},"requestedAttributes":{"TOXICITY":{}}}"#
        let open = try ServerProcess(["--quiet"])
        let anyKey = try RawHTTPConnection(port: open.port)
        anyKey.send(RawHTTPConnection.post(Self.analyzePath + "?key=whatever", body))
        #expect(anyKey.readResponse()?.status == 200)
        open.stop()

        let locked = try ServerProcess(["--quiet", "--api-key", "k1", "--api-key", "k2"])
        for (target, header, status) in [
            (Self.analyzePath, "", 403), (Self.analyzePath + "?key=bad", "", 403),
            (Self.analyzePath + "?key=k2", "", 200), (Self.analyzePath, "X-Goog-Api-Key: k1\r\n", 200),
        ] {
            let connection = try RawHTTPConnection(port: locked.port)
            connection.send(RawHTTPConnection.post(target, body, extraHeaders: header))
            let response = try #require(connection.readResponse())
            #expect(response.status == status, "\(target) \(header)")
            if status == 403 {
                let error = try #require(try json(response.body)["error"] as? [String: Any])
                #expect(error["status"] as? String == "PERMISSION_DENIED")
                #expect(error["code"] as? Int == 403)
            }
        }
        let health = try RawHTTPConnection(port: locked.port)
        health.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(health.readResponse()?.status == 200)
        locked.stop()
    }

    @Test func suggestScoreAppendsRowsThatLexiconEvalReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "serve-feedback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("feedback.tsv").path
        let server = try ServerProcess(["--quiet", "--feedback", file])
        let connection = try RawHTTPConnection(port: server.port)
        let suggestions = [
            ("you utter clown\tand\nworse", "TOXICITY", 0.95), ("a fair point, thanks", "TOXICITY", 0.05),
            ("nobody asked, moron", "INSULT", 0.8),
        ]
        for (text, attribute, value) in suggestions {
            let escaped = text.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
            connection.send(
                RawHTTPConnection.post(
                    "/v1alpha1/comments:suggestscore",
                    #"{"comment":{"text":"\#(escaped)"},"attributeScores":{"\#(attribute)":{"summaryScore":{"value":\#(value)}}},"communityId":"c1"}"#
                ))
            #expect(connection.readResponse()?.status == 200)
        }
        server.stop()
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            written == """
                text\tlabel\tattribute\tvalue\tcommunity\tclient_token
                you utter clown and worse\t1\tTOXICITY\t0.95\tc1\t
                a fair point, thanks\t0\tTOXICITY\t0.05\tc1\t
                nobody asked, moron\t1\tINSULT\t0.8\tc1\t

                """)
        let eval = try CLIRunner.run(["lexicon", "eval", file])
        #expect(eval.status == 0, "\(eval.stderr)")
        #expect(eval.stdout.contains("3"))
    }

    @Test func suggestScoreWithoutAFeedbackFileIsRefused() throws {
        let server = try ServerProcess(["--quiet"])
        let connection = try RawHTTPConnection(port: server.port)
        connection.send(
            RawHTTPConnection.post(
                "/v1alpha1/comments:suggestscore",
                #"{"comment":{"text":"x"},"attributeScores":{"TOXICITY":{"summaryScore":{"value":1}}}}"#))
        let response = try #require(connection.readResponse())
        #expect(response.status == 400)
        #expect(response.body.contains("--feedback FILE"))
        server.stop()
    }

    @Test func shutdownLetsTheRequestInFlightFinish() throws {
        let server = try ServerProcess(["--quiet"])
        let busy = try RawHTTPConnection(port: server.port)
        let idle = try RawHTTPConnection(port: server.port)
        idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(idle.readResponse()?.status == 200)
        let body = #"{"comment":{"text":"you idiot"},"requestedAttributes":{"TOXICITY":{}}}"#
        let request = Array(RawHTTPConnection.post(Self.analyzePath, body).utf8)
        busy.send(Array(request[0..<(request.count - 10)]))
        usleep(200_000)
        kill(server.process.processIdentifier, SIGTERM)
        #expect(idle.readToEnd().closed)
        #expect(server.isRunning)
        busy.send(Array(request[(request.count - 10)...]))
        let response = try #require(busy.readResponse())
        #expect(response.status == 200)
        #expect(response.headers["connection"] == "close")
        #expect(server.stop() == 0)
        #expect(server.stderr.contains("stopping; answering the requests in flight"))
        #expect(throws: RawHTTPConnection.Failure.self) { try RawHTTPConnection(port: server.port) }
    }

    @Test func badOptionsAndBusyPortsAreClearErrors() throws {
        let usage = try CLIRunner.run(["serve", "--port", "70000"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--port needs a whole number from 0 to 65535, not '70000'"))
        let server = try ServerProcess(["--quiet"])
        let busy = try CLIRunner.run(["serve", "--port", String(server.port)])
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("cannot listen on 127.0.0.1:\(server.port): bind failed"))
        let host = try CLIRunner.run(["serve", "--host", "localhost.invalid"])
        #expect(host.status == 1)
        #expect(host.stderr.contains("cannot listen on 'localhost.invalid'"))
        server.stop()
    }
}

/// `threadscan score --format perspective`: one Perspective response per input text.
@Suite struct ScorePerspectiveFormatTests {
    @Test func writesOneResponsePerRowWithTheIdAsClientToken() throws {
        let input = "id\ttext\tparent_text\nr1\tyou absolute moron\t\nr2\t\t\nr3\tfair point, thanks\tyou are wrong\n"
        let run = try CLIRunner.run(["score", "--format", "perspective", "-"], stdin: Data(input.utf8))
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["clientToken"] as? String == "r1")
        let scores = try #require(first["attributeScores"] as? [String: Any])
        #expect(
            Set(scores.keys) == [
                "TOXICITY", "SEVERE_TOXICITY", "INSULT", "PROFANITY", "THREAT", "IDENTITY_ATTACK", "SEXUALLY_EXPLICIT",
            ])
        let insult = try #require((scores["INSULT"] as? [String: Any])?["summaryScore"] as? [String: Any])
        #expect(try #require(insult["value"] as? Double) > 0.8)
        #expect(lines[1].hasPrefix(#"{"error":{"code":400,"#))
        #expect(lines[2].contains(#""clientToken":"r3""#))
        #expect(run.stderr.contains("1 of 3 rows could not be scored"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try CLIRunner.run(["score", "--format", "xml", "-"], stdin: Data("hi\n".utf8))
        #expect(run.status == 64)
        #expect(run.stderr.contains("the value 'xml' is invalid for '--format'; expected one of: jsonl, perspective"))
    }
}
