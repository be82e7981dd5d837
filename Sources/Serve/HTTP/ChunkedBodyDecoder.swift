/// Decodes a `Transfer-Encoding: chunked` body as its bytes arrive, a byte at a time outside the
/// chunks' data: `SIZE[;ext] CRLF DATA CRLF … 0 CRLF [trailer CRLF]… CRLF`.
///
/// The decoded body may not grow past `maximumBody`, and chunk-size lines and trailers together
/// past `maximumOverhead`, so that a client cannot make the server hold unbounded memory.
struct ChunkedBodyDecoder {
    private enum State {
        case size, sizeExtension, sizeLineFeed, data, dataCarriageReturn, dataLineFeed
        case trailerLineStart, trailerLine, trailerLineFeed, finalLineFeed, done
    }

    private var state = State.size
    private var chunkSize = 0
    private var sizeDigits = 0
    private var remaining = 0
    private var overhead = 0
    private let maximumBody: Int
    private let maximumOverhead: Int
    /// The decoded body so far.
    private(set) var body: [UInt8] = []
    /// Whether the final chunk and the trailers have been read.
    var isComplete: Bool { state == .done }

    init(maximumBody: Int, maximumOverhead: Int) {
        self.maximumBody = maximumBody
        self.maximumOverhead = maximumOverhead
    }

    /// Consumes bytes of `bytes` from `offset`, stopping after the body's last byte; returns the
    /// offset of the first byte not consumed. `base` is the offset of `bytes[0]` in the request,
    /// for error messages.
    /// - Throws: `HTTPParseError` (400 for malformed framing, 413 for a body over the limit).
    mutating func consume(_ bytes: [UInt8], from offset: Int, base: Int) throws(HTTPParseError) -> Int {
        var index = offset
        func fail(_ message: String) -> HTTPParseError {
            HTTPParseError(status: 400, message: HTTPParseError.Message.at(base + index, message))
        }
        while index < bytes.count, state != .done {
            let byte = bytes[index]
            if state == .data {
                let take = min(remaining, bytes.count - index)
                body.append(contentsOf: bytes[index..<index + take])
                index += take
                remaining -= take
                if remaining == 0 { state = .dataCarriageReturn }
                continue
            }
            overhead += 1
            guard overhead <= maximumOverhead else {
                throw HTTPParseError(status: 413, message: HTTPParseError.Message.chunkFramingTooLarge)
            }
            switch state {
            case .size:
                if let digit = HexDigit.value(byte) {
                    sizeDigits += 1
                    guard sizeDigits <= 8 else { throw fail(HTTPParseError.Message.badChunkSize) }
                    chunkSize = chunkSize << 4 | Int(digit)
                } else if sizeDigits > 0, byte == UInt8(ascii: ";") {
                    state = .sizeExtension
                } else if sizeDigits > 0, byte == 0x0D {
                    state = .sizeLineFeed
                } else {
                    throw fail(HTTPParseError.Message.badChunkSize)
                }
            case .sizeExtension:
                if byte == 0x0D {
                    state = .sizeLineFeed
                } else if byte < 0x20 && byte != 0x09 {
                    throw fail(HTTPParseError.Message.badChunkSize)
                }
            case .sizeLineFeed:
                guard byte == 0x0A else { throw fail(HTTPParseError.Message.badChunkSize) }
                guard body.count + chunkSize <= maximumBody else {
                    throw HTTPParseError(status: 413, message: HTTPParseError.Message.bodyTooLarge)
                }
                if chunkSize == 0 {
                    state = .trailerLineStart
                } else {
                    remaining = chunkSize
                    state = .data
                }
                chunkSize = 0
                sizeDigits = 0
            case .dataCarriageReturn:
                guard byte == 0x0D else { throw fail(HTTPParseError.Message.badChunkEnd) }
                state = .dataLineFeed
            case .dataLineFeed:
                guard byte == 0x0A else { throw fail(HTTPParseError.Message.badChunkEnd) }
                state = .size
            case .trailerLineStart:
                state = byte == 0x0D ? .finalLineFeed : .trailerLine
            case .trailerLine:
                if byte == 0x0D { state = .trailerLineFeed }
            case .trailerLineFeed:
                guard byte == 0x0A else { throw fail(HTTPParseError.Message.bareLineFeed) }
                state = .trailerLineStart
            case .finalLineFeed:
                guard byte == 0x0A else { throw fail(HTTPParseError.Message.bareLineFeed) }
                state = .done
            case .data, .done:
                break
            }
            index += 1
        }
        return index
    }
}
