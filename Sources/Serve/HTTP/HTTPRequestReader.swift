/// Reads HTTP/1.x requests from the bytes of one connection as they arrive: the head up to the
/// blank line, then a `Content-Length` or chunked body. Requests may be pipelined.
///
/// Every byte is looked at once (the head search resumes where it stopped), and consumed bytes
/// are dropped, so reading is linear in what the client sends whatever the packet sizes.
package struct HTTPRequestReader {
    /// The size limits a request must keep to.
    package struct Limits: Sendable {
        /// The most bytes of request line and headers.
        package var headBytes: Int
        /// The most bytes of (decoded) body.
        package var bodyBytes: Int

        /// Creates limits.
        package init(headBytes: Int, bodyBytes: Int) {
            self.headBytes = headBytes
            self.bodyBytes = bodyBytes
        }
    }

    fileprivate struct Head {
        var method: String
        var target: String
        var minorVersion: Int
        var headers: [(name: String, value: String)]
    }

    private enum State {
        case head
        case fixed(Head, length: Int)
        case chunked(Head, ChunkedBodyDecoder)
    }

    private let limits: Limits
    private var buffer: [UInt8] = []
    /// The first byte not yet consumed.
    private var start = 0
    /// Where the search for the end of the head resumes.
    private var scanned = 0
    /// The offset of `buffer[0]` in the connection's stream, for error messages.
    private var streamOffset = 0
    /// The offset in the stream where the current request began.
    private var requestStart = 0
    private var state = State.head
    /// Set when a head asking `Expect: 100-continue` has been read and its body has not; the
    /// server answers `100 Continue` and clears it.
    package var continueRequested = false

    /// Creates a reader enforcing `limits`.
    package init(limits: Limits) {
        self.limits = limits
    }

    /// Whether no part of a request has arrived since the last one was read.
    package var isIdle: Bool {
        if case .head = state { return start == buffer.count }
        return false
    }

    /// Whether the current request's head has been read and its body is awaited.
    package var isReadingBody: Bool {
        if case .head = state { return false }
        return true
    }

    /// Adds bytes read from the connection.
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete request, or `nil` when more bytes are needed.
    /// - Throws: `HTTPParseError` for a request that breaks the grammar or a limit; the
    ///   connection must then be answered with its status and closed.
    package mutating func next() throws(HTTPParseError) -> HTTPRequest? {
        defer { compact() }
        if case .head = state {
            guard let head = try readHead() else { return nil }
            if let request = try beginBody(head) { return request }
        }
        switch state {
        case .head:
            return nil
        case .fixed(let head, let length):
            guard buffer.count - start >= length else { return nil }
            let body = Array(buffer[start..<start + length])
            start += length
            state = .head
            return request(head, body: body)
        case .chunked(let head, var decoder):
            start = try decoder.consume(buffer, from: start, base: streamOffset)
            guard decoder.isComplete else {
                state = .chunked(head, decoder)
                return nil
            }
            state = .head
            return request(head, body: decoder.body)
        }
    }

    private mutating func request(_ head: Head, body: [UInt8]) -> HTTPRequest {
        continueRequested = false
        return HTTPRequest(
            method: head.method, target: head.target, minorVersion: head.minorVersion, headers: head.headers,
            body: body)
    }

    /// Drops consumed bytes once they are many, or all of them.
    private mutating func compact() {
        guard start > 0, start == buffer.count || start >= 1 << 16 else { return }
        buffer.removeSubrange(0..<start)
        streamOffset += start
        scanned = max(0, scanned - start)
        start = 0
    }

    /// Finds the blank line ending the head and parses the head, or returns `nil` for more bytes.
    private mutating func readHead() throws(HTTPParseError) -> Head? {
        while scanned <= start, start < buffer.count, buffer[start] == 0x0D {
            guard start + 1 < buffer.count else { return nil }
            guard buffer[start + 1] == 0x0A else { break }
            start += 2
        }
        scanned = max(scanned, start)
        var end: Int?
        while scanned < buffer.count {
            let index = scanned
            scanned += 1
            guard buffer[index] == 0x0A else { continue }
            guard index > start, buffer[index - 1] == 0x0D else {
                throw HTTPParseError(
                    status: 400,
                    message: HTTPParseError.Message.at(streamOffset + index, HTTPParseError.Message.bareLineFeed))
            }
            if index - start >= 3, buffer[index - 2] == 0x0A, buffer[index - 3] == 0x0D {
                end = index + 1
                break
            }
        }
        guard let end else {
            if buffer.count - start > limits.headBytes {
                throw HTTPParseError(status: 431, message: HTTPParseError.Message.headTooLarge)
            }
            return nil
        }
        guard end - start <= limits.headBytes else {
            throw HTTPParseError(status: 431, message: HTTPParseError.Message.headTooLarge)
        }
        requestStart = streamOffset + start
        let head = try Self.parseHead(buffer[start..<end - 4], streamOffset: requestStart)
        start = end
        return head
    }

    /// Sets up the body of `head`; returns the request at once when it has no body.
    private mutating func beginBody(_ head: Head) throws(HTTPParseError) -> HTTPRequest? {
        let lengths = head.headers.filter { $0.name == "content-length" }.map(\.value)
        let encodings = head.headers.filter { $0.name == "transfer-encoding" }.map { $0.value.lowercased() }
        let expectations = head.headers.filter { $0.name == "expect" }.map { $0.value.lowercased() }
        guard expectations.allSatisfy({ $0 == "100-continue" }) else {
            throw HTTPParseError(status: 417, message: HTTPParseError.Message.unsupportedExpectation)
        }
        if !encodings.isEmpty {
            guard lengths.isEmpty else {
                throw HTTPParseError(status: 400, message: HTTPParseError.Message.lengthAndChunked)
            }
            guard encodings == ["chunked"] else {
                throw HTTPParseError(status: 501, message: HTTPParseError.Message.unsupportedEncoding)
            }
            state = .chunked(
                head,
                ChunkedBodyDecoder(maximumBody: limits.bodyBytes, maximumOverhead: limits.bodyBytes + limits.headBytes))
            continueRequested = !expectations.isEmpty
            return nil
        }
        var length = 0
        if let first = lengths.first {
            guard lengths.allSatisfy({ $0 == first }), !first.isEmpty, first.utf8.count <= 18,
                first.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let value = Int(first)
            else { throw HTTPParseError(status: 400, message: HTTPParseError.Message.badContentLength) }
            length = value
        }
        guard length <= limits.bodyBytes else {
            throw HTTPParseError(status: 413, message: HTTPParseError.Message.bodyTooLarge)
        }
        if length == 0 { return request(head, body: []) }
        state = .fixed(head, length: length)
        continueRequested = !expectations.isEmpty && buffer.count - start < length
        return nil
    }
}

extension HTTPRequestReader {
    /// Parses a request head (request line and header lines, CRLF-separated, without the blank line).
    fileprivate static func parseHead(_ bytes: ArraySlice<UInt8>, streamOffset: Int) throws(HTTPParseError) -> Head {
        let base = bytes.startIndex
        func fail(_ index: Int, _ message: String) -> HTTPParseError {
            HTTPParseError(status: 400, message: HTTPParseError.Message.at(streamOffset + index - base, message))
        }
        var lines: [Range<Int>] = []
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A {
                lines.append(lineStart..<index)
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        lines.append(lineStart..<bytes.endIndex)
        let requestLine = lines[0]
        let parts = bytes[requestLine].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte), !parts[1].isEmpty,
            parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { throw fail(requestLine.lowerBound, HTTPParseError.Message.badRequestLine) }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == UInt8(ascii: "."),
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(version[5]),
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(version[7])
        else { throw fail(parts[2].startIndex, HTTPParseError.Message.badRequestLine) }
        guard version[5] == UInt8(ascii: "1"), version[7] <= UInt8(ascii: "1") else {
            throw HTTPParseError(status: 505, message: HTTPParseError.Message.badVersion)
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let first = line.first.map({ bytes[$0] }), first != 0x20, first != 0x09 else {
                throw fail(line.lowerBound, HTTPParseError.Message.foldedHeader)
            }
            guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")), colon > line.lowerBound,
                bytes[line.lowerBound..<colon].allSatisfy(isTokenByte)
            else { throw fail(line.lowerBound, HTTPParseError.Message.badHeaderName) }
            var valueStart = colon + 1
            var valueEnd = line.upperBound
            while valueStart < valueEnd, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
            while valueEnd > valueStart, bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09 { valueEnd -= 1 }
            if let bad = bytes[valueStart..<valueEnd].firstIndex(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) {
                throw fail(bad, HTTPParseError.Message.badHeaderValue)
            }
            headers.append(
                (
                    String(decoding: bytes[line.lowerBound..<colon], as: UTF8.self).lowercased(),
                    String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                ))
        }
        return Head(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
            minorVersion: Int(version[7] - UInt8(ascii: "0")), headers: headers)
    }

    /// Whether `byte` may appear in a method or header name (RFC 9110 `tchar`).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
