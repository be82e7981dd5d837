import Foundation
import TestSupport
import Testing

/// What a hostile or broken client can do to `threadscan serve`: malformed HTTP, oversized parts,
/// bad chunking, invalid UTF-8, deep JSON, slow sending, too many connections. The server must
/// answer or close, never crash or hang, and go on serving others.
@Suite struct ServeRobustnessTests {
    private static let analyze = "/v1alpha1/comments:analyze"

    private static func post(_ body: [UInt8], headers: String = "") -> [UInt8] {
        Array("POST \(analyze) HTTP/1.1\r\nHost: x\r\n\(headers)Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Requests and the status each must get (`nil`: no answer is owed, the connection just closes).
    private static let corpus: [(name: String, bytes: [UInt8], status: Int?, closes: Bool)] = [
        ("truncated request line", Array("POST /v1alpha1/comm".utf8), nil, true),
        ("truncated headers", Array("POST \(analyze) HTTP/1.1\r\nHost: x\r\nContent-Le".utf8), nil, true),
        ("truncated body", Array("POST \(analyze) HTTP/1.1\r\nContent-Length: 50\r\n\r\n{\"comm".utf8), nil, true),
        (
            "huge header",
            Array("GET /healthz HTTP/1.1\r\nX-Big: \(String(repeating: "a", count: 40_000))\r\n\r\n".utf8), 431, true
        ),
        (
            "endless header line", Array("GET /healthz HTTP/1.1\r\nX: \(String(repeating: "b", count: 70_000))".utf8),
            431, true
        ),
        ("bare LF", Array("GET /healthz HTTP/1.1\nHost: x\n\n".utf8), 400, true),
        ("no version", Array("GET /healthz\r\n\r\n".utf8), 400, true),
        ("HTTP/2.0", Array("GET /healthz HTTP/2.0\r\n\r\n".utf8), 505, true),
        ("space in target", Array("GET /a b HTTP/1.1\r\n\r\n".utf8), 400, true),
        ("binary in target", Array("GET /\u{FF} HTTP/1.1\r\n\r\n".utf8), 400, true),
        ("NUL in header", Array("GET /healthz HTTP/1.1\r\nX: a\u{0}b\r\n\r\n".utf8), 400, true),
        ("folded header", Array("GET /healthz HTTP/1.1\r\nX: a\r\n  b\r\n\r\n".utf8), 400, true),
        ("colon-less header", Array("GET /healthz HTTP/1.1\r\nNoColon\r\n\r\n".utf8), 400, true),
        ("space before colon", Array("GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n".utf8), 400, true),
        ("negative length", Array("POST \(analyze) HTTP/1.1\r\nContent-Length: -5\r\n\r\n".utf8), 400, true),
        ("hex length", Array("POST \(analyze) HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n".utf8), 400, true),
        (
            "two lengths", Array("POST \(analyze) HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}".utf8),
            400, true
        ),
        (
            "length and chunked",
            Array("POST \(analyze) HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n".utf8), 400, true
        ),
        ("gzip encoding", Array("POST \(analyze) HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n".utf8), 501, true),
        ("body over limit", Array("POST \(analyze) HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n".utf8), 413, true),
        (
            "huge length", Array("POST \(analyze) HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n".utf8),
            400, true
        ),
        (
            "chunk size not hex", Array("POST \(analyze) HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".utf8),
            400, true
        ),
        (
            "chunk size overflow",
            Array("POST \(analyze) HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffff\r\n".utf8), 400, true
        ),
        (
            "negative chunk", Array("POST \(analyze) HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n".utf8), 400,
            true
        ),
        (
            "chunk without CRLF",
            Array("POST \(analyze) HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n".utf8), 400, true
        ),
        (
            "chunks over limit", Array("POST \(analyze) HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n".utf8),
            413, true
        ),
        (
            "unknown expectation",
            Array("POST \(analyze) HTTP/1.1\r\nExpect: magic\r\nContent-Length: 2\r\n\r\n{}".utf8), 417, true
        ),
        ("empty body", post([]), 400, false),
        ("not JSON", post(Array("comment=hello".utf8)), 400, false),
        ("invalid UTF-8 in JSON", post([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]), 400, false),
        (
            "overlong UTF-8 in JSON",
            post(Array("{\"comment\":{\"text\":\"".utf8) + [0xC0, 0xAF] + Array("\"}}".utf8)), 400, false
        ),
        ("deep JSON", post(Array(repeating: UInt8(ascii: "["), count: 200_000)), 400, false),
        ("deep objects", post(Array(String(repeating: "{\"a\":", count: 5000).utf8)), 400, false),
        (
            "text not a string", post(Array(#"{"comment":{"text":5},"requestedAttributes":{"TOXICITY":{}}}"#.utf8)),
            400, false
        ),
        (
            "unknown field", post(Array(#"{"coment":{"text":"hi"},"requestedAttributes":{"TOXICITY":{}}}"#.utf8)), 400,
            false
        ),
        ("no attributes", post(Array(#"{"comment":{"text":"hi"}}"#.utf8)), 400, false),
        (
            "threshold out of range",
            post(Array(#"{"comment":{"text":"hi"},"requestedAttributes":{"TOXICITY":{"scoreThreshold":7}}}"#.utf8)),
            400, false
        ),
        (
            "lone surrogate", post(Array(#"{"comment":{"text":"\ud800"},"requestedAttributes":{"TOXICITY":{}}}"#.utf8)),
            400, false
        ),
        (
            "NUL in text", post(Array(#"{"comment":{"text":"a\u0000b"},"requestedAttributes":{"TOXICITY":{}}}"#.utf8)),
            200, false
        ),
        ("unknown path", Array("GET /v1/nothing HTTP/1.1\r\n\r\n".utf8), 404, false),
        ("wrong method", Array("GET \(analyze) HTTP/1.1\r\n\r\n".utf8), 405, false),
        ("bad percent escape", Array("GET /%zz HTTP/1.1\r\n\r\n".utf8), 400, false),
    ]

    @Test func malformedRequestsGetAnAnswerOrACloseAndTheServerLives() throws {
        let server = try ServerProcess(["--quiet"])
        for item in Self.corpus {
            let connection = try RawHTTPConnection(port: server.port)
            connection.send(item.bytes)
            if item.status == nil { connection.finishSending() }
            if item.closes {
                let (bytes, closed) = connection.readToEnd()
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(closed, "\(item.name): the connection was not closed")
                if let status = item.status {
                    #expect(text.hasPrefix("HTTP/1.1 \(status) "), "\(item.name): \(text.prefix(200))")
                    #expect(text.contains("\"code\":\(status)"), "\(item.name): \(text.prefix(300))")
                } else {
                    #expect(text.isEmpty || text.hasPrefix("HTTP/1.1 4"), "\(item.name): \(text.prefix(200))")
                }
            } else {
                let response = connection.readResponse()
                #expect(response?.status == item.status, "\(item.name): \(response?.body.prefix(300) ?? "no answer")")
                connection.send("GET /healthz HTTP/1.1\r\n\r\n")
                #expect(connection.readResponse()?.status == 200, "\(item.name): the connection is not usable after it")
            }
            #expect(server.isRunning, "\(item.name) stopped the server")
        }
        let after = try RawHTTPConnection(port: server.port)
        after.send("GET /healthz HTTP/1.1\r\n\r\n")
        #expect(after.readResponse()?.status == 200)
        #expect(server.stop() == 0)
    }

    @Test func randomlyMangledRequestsNeverStopTheServer() throws {
        let server = try ServerProcess(["--quiet", "--header-timeout", "2", "--body-timeout", "2"])
        let valid = Array(
            Self.post(
                Array(
                    #"{"comment":{"text":"you absolute idiot","type":"HTML"},"requestedAttributes":{"TOXICITY":{}},"spanAnnotations":true}"#
                        .utf8)))
        var random = SplitMix64(seed: 14)
        for _ in 0..<150 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: index)
                default: bytes.insert(UInt8.random(in: 0...255, using: &random), at: index)
                }
            }
            let connection = try RawHTTPConnection(port: server.port, timeout: 10)
            connection.send(bytes)
            connection.finishSending()
            let (answer, closed) = connection.readToEnd()
            #expect(closed, "a mangled request left the connection open: \(bytes)")
            let text = String(decoding: answer, as: UTF8.self)
            #expect(text.isEmpty || text.hasPrefix("HTTP/1.1 "), "\(text.prefix(100))")
            #expect(server.isRunning)
        }
        let after = try RawHTTPConnection(port: server.port)
        after.send("GET /healthz HTTP/1.1\r\n\r\n")
        #expect(after.readResponse()?.status == 200)
        server.stop()
    }

    @Test func slowClientsTimeOutWithoutHoldingTheOnlyWorker() throws {
        let server = try ServerProcess(["--workers", "1", "--header-timeout", "1", "--body-timeout", "1"])
        let slowHead = try RawHTTPConnection(port: server.port)
        slowHead.send("POST \(Self.analyze) HTTP/1.1\r\nHost: x\r\n")
        let slowBody = try RawHTTPConnection(port: server.port)
        slowBody.send("POST \(Self.analyze) HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"comment\"")
        let trickle = try RawHTTPConnection(port: server.port)
        let other = try RawHTTPConnection(port: server.port)
        other.send("GET /healthz HTTP/1.1\r\n\r\n")
        #expect(other.readResponse()?.status == 200)
        var sent = 0
        let line = Array("GET /healthz HTTP/1.1\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "z"), count: 10_000)
        while sent < line.count && trickle.send([line[sent]]) {
            sent += 1
            usleep(50_000)
        }
        #expect(sent < line.count, "a client sending one byte at a time was never cut off")
        for connection in [slowHead, slowBody] {
            let (bytes, closed) = connection.readToEnd()
            #expect(closed)
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 408 "))
        }
        other.send("GET /healthz HTTP/1.1\r\n\r\n")
        #expect(other.readResponse()?.status == 200)
        server.stop()
        #expect(server.stderr.contains("\"-\" 408 "))
    }

    @Test func connectionsBeyondTheLimitGet503() throws {
        let server = try ServerProcess(["--quiet", "--max-connections", "2"])
        var first: RawHTTPConnection? = try RawHTTPConnection(port: server.port)
        let second = try RawHTTPConnection(port: server.port)
        for connection in [first!, second] {
            connection.send("GET /healthz HTTP/1.1\r\n\r\n")
            #expect(connection.readResponse()?.status == 200)
        }
        let third = try RawHTTPConnection(port: server.port)
        let (bytes, closed) = third.readToEnd()
        #expect(closed)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 503 "))
        first!.send("GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n")
        #expect(first!.readToEnd().closed)
        first = nil
        var status: Int?
        for _ in 0..<50 where status != 200 {
            usleep(100_000)
            let fourth = try RawHTTPConnection(port: server.port)
            fourth.send("GET /healthz HTTP/1.1\r\n\r\n")
            status = fourth.readResponse()?.status
        }
        #expect(status == 200, "a closed connection's place was not given to a new one")
        server.stop()
    }
}

/// A client that sends requests and never reads the answers.
@Suite struct ServeUnreadResponsesTests {
    @Test func aClientThatNeverReadsIsCutOffAfterTheBodyTimeout() throws {
        let server = try ServerProcess(["--quiet", "--body-timeout", "1"])
        let connection = try RawHTTPConnection(port: server.port)
        let request = "GET /$discovery/rest?version=v1alpha1 HTTP/1.1\r\nHost: x\r\n\r\n"
        let count = 3000
        connection.send(String(repeating: request, count: count))
        var answered = 0
        var status: Int?
        usleep(3_000_000)
        repeat {
            status = connection.readResponse()?.status
            if status == 200 { answered += 1 }
        } while status == 200
        #expect(answered < count, "the server kept writing to a client that did not read")
        #expect(server.isRunning)
        let other = try RawHTTPConnection(port: server.port)
        other.send("GET /healthz HTTP/1.1\r\n\r\n")
        #expect(other.readResponse()?.status == 200)
        server.stop()
    }
}
