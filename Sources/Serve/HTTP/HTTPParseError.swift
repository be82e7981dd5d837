/// Why bytes from a client are not an HTTP/1.x request we accept: the status to answer with
/// (after which the connection closes) and a message for the body and the access log.
package struct HTTPParseError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The status code of the answer (400, 413, 417, 431, 505).
    package var status: Int
    /// What was wrong, with the byte offset in the request when it helps.
    package var message: String

    /// `status: message`.
    package var description: String { "\(status): \(message)" }

    /// The messages, named so that tests and docs quote the same text.
    package enum Message {
        static let headTooLarge = "the request line and headers exceed the header size limit"
        static let bareLineFeed = "a line of the request head ends in a bare LF; expected CRLF"
        static let badRequestLine = "malformed request line; expected 'METHOD /target HTTP/1.1'"
        static let badVersion = "only HTTP/1.0 and HTTP/1.1 are served"
        static let foldedHeader = "obsolete line folding in a header (a line starting with a space or tab)"
        static let badHeaderName = "malformed header name; expected a token followed by ':'"
        static let badHeaderValue = "a header value holds a control character"
        static let badContentLength = "Content-Length is not a single decimal number"
        static let lengthAndChunked = "both Content-Length and Transfer-Encoding are given"
        static let unsupportedEncoding = "only Transfer-Encoding: chunked is supported"
        static let unsupportedExpectation = "only Expect: 100-continue is supported"
        static let bodyTooLarge = "the request body exceeds the body size limit"
        static let badChunkSize = "malformed chunk size; expected hexadecimal digits then CRLF"
        static let chunkFramingTooLarge = "the chunk-size lines and trailers of the body exceed the size limits"
        static let badChunkEnd = "a chunk's data is not followed by CRLF"
        static func at(_ offset: Int, _ message: String) -> String { "at byte \(offset): \(message)" }
    }
}
