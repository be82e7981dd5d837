import Testing

@testable import Serve

@Suite struct HTTPRequestReaderTests {
    private static let limits = HTTPRequestReader.Limits(headBytes: 1024, bodyBytes: 4096)

    /// Feeds `bytes` in pieces of `step` bytes and collects every request read, or the error.
    private func read(_ text: String, step: Int = .max, limits: HTTPRequestReader.Limits = limits) -> (
        [HTTPRequest], HTTPParseError?
    ) {
        read(Array(text.utf8), step: step, limits: limits)
    }

    private func read(_ bytes: [UInt8], step: Int = .max, limits: HTTPRequestReader.Limits = limits) -> (
        [HTTPRequest], HTTPParseError?
    ) {
        var reader = HTTPRequestReader(limits: limits)
        var requests: [HTTPRequest] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + step)
            bytes[start..<end].withUnsafeBufferPointer { reader.append($0) }
            start = end
            do {
                while let request = try reader.next() { requests.append(request) }
            } catch {
                return (requests, error)
            }
        }
        return (requests, nil)
    }

    private static let pipelined =
        "POST /a?key=k%20x&b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
        + "\r\nGET /%24discovery/rest?version=v1alpha1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
        + "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3;x=y\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nT: 1\r\n\r\n"

    @Test func readsPipelinedRequestsWhateverThePacketSizes() {
        let (whole, error) = read(Self.pipelined)
        #expect(error == nil)
        #expect(whole.map(\.method) == ["POST", "GET", "POST"])
        #expect(whole.map { String(decoding: $0.body, as: UTF8.self) } == ["hello", "", "abc0123456789abcdef"])
        #expect(whole[0].queryValue("key") == "k x")
        #expect(whole[0].header("host") == "h")
        #expect(whole[1].path == "/$discovery/rest")
        #expect(whole[1].minorVersion == 0)
        #expect(whole.map(\.keepAlive) == [true, true, false])
        for step in [1, 2, 3, 7, 64] {
            let (pieces, pieceError) = read(Self.pipelined, step: step)
            #expect(pieceError == nil)
            #expect(pieces.map(\.target) == whole.map(\.target), "step \(step)")
            #expect(pieces.map(\.body) == whole.map(\.body), "step \(step)")
        }
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\nHost: x\n\n", 400, HTTPParseError.Message.bareLineFeed),
        ("GET /\r\n\r\n", 400, HTTPParseError.Message.badRequestLine),
        ("GET / HTTP/3.0\r\n\r\n", 505, HTTPParseError.Message.badVersion),
        ("GET / HTTP/1.1\r\n X: y\r\n\r\n", 400, HTTPParseError.Message.foldedHeader),
        ("GET / HTTP/1.1\r\nBad Name: y\r\n\r\n", 400, HTTPParseError.Message.badHeaderName),
        ("GET / HTTP/1.1\r\nX: a\u{7F}\r\n\r\n", 400, HTTPParseError.Message.badHeaderValue),
        ("POST / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n", 400, HTTPParseError.Message.badContentLength),
        (
            "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400,
            HTTPParseError.Message.badContentLength
        ),
        ("POST / HTTP/1.1\r\nContent-Length: 5000\r\n\r\n", 413, HTTPParseError.Message.bodyTooLarge),
        (
            "POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400,
            HTTPParseError.Message.lengthAndChunked
        ),
        (
            "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501,
            HTTPParseError.Message.unsupportedEncoding
        ),
        ("POST / HTTP/1.1\r\nExpect: 200-ok\r\n\r\n", 417, HTTPParseError.Message.unsupportedExpectation),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1001\r\n", 413, HTTPParseError.Message.bodyTooLarge),
    ])
    func rejectsBrokenHeads(text: String, status: Int, message: String) {
        let (requests, error) = read(text)
        #expect(requests.isEmpty)
        #expect(error?.status == status)
        #expect(error?.message.hasSuffix(message) == true, "\(String(describing: error))")
    }

    @Test func namesTheByteOffsetOfABadChunk() {
        let head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        let (_, error) = read(head + "4\r\nabcdXY")
        #expect(
            error
                == HTTPParseError(
                    status: 400,
                    message: HTTPParseError.Message.at(head.utf8.count + 7, HTTPParseError.Message.badChunkEnd)))
        let (_, sizeError) = read(head + "g\r\n")
        #expect(sizeError?.message == HTTPParseError.Message.at(head.utf8.count, HTTPParseError.Message.badChunkSize))
    }

    @Test func limitsTheHeadBeforeItEnds() {
        let (_, error) = read("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 2000), step: 100)
        #expect(error == HTTPParseError(status: 431, message: HTTPParseError.Message.headTooLarge))
    }

    @Test func asksForContinueOnlyWhileTheBodyIsAwaited() throws {
        var reader = HTTPRequestReader(limits: Self.limits)
        Array("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8).withUnsafeBufferPointer {
            reader.append($0)
        }
        #expect(try reader.next() == nil)
        #expect(reader.continueRequested)
        #expect(reader.isReadingBody)
        Array("{}".utf8).withUnsafeBufferPointer { reader.append($0) }
        #expect(try reader.next()?.body == Array("{}".utf8))
        #expect(!reader.continueRequested)
        #expect(reader.isIdle)
    }

    @Test func skipsBlankLinesBeforeARequest() {
        let (requests, error) = read("\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n")
        #expect(error == nil)
        #expect(requests.map(\.target) == ["/healthz"])
    }
}
