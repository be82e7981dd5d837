/// One part of an MHTML file, its transfer encoding undone.
struct MHTMLPart {
    /// The part's headers.
    var headers: MIMEHeaders
    /// The part's body: the bytes the transfer encoding stands for.
    var body: [UInt8]
    /// Where the body's encoded bytes start in the file.
    var bodyOffset: Int
    /// Whether the body's bytes are the file's bytes (7bit, 8bit or binary), so offsets into the
    /// body are offsets into the file from `bodyOffset`.
    var bodyIsVerbatim: Bool

    /// The media type, lowercased (`text/html`).
    var mediaType: String? { headers.mediaType }
    /// The `charset` parameter of `Content-Type`.
    var charset: String? { headers.parameter("charset", of: "content-type") }
    /// The `Content-Location` header: the address the part was saved from.
    var location: String? { headers["content-location"] }
    /// The `Content-ID`, without its angle brackets.
    var contentID: String? { headers["content-id"].map(MHTMLDocument.withoutAngleBrackets) }
}
