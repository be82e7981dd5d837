import ThreadModel

/// A page saved as one MHTML file (RFC 2557): the root headers, the parts, which part is the
/// page, and what had to be worked around to read it.
struct MHTMLDocument {
    /// The headers of the whole message.
    var headers: MIMEHeaders
    /// The parts, in file order.
    var parts: [MHTMLPart]
    /// The index in `parts` of the page's HTML: the part the root's `start` parameter names, else
    /// the `text/html` part at the root's `Content-Location` (or Blink's
    /// `Snapshot-Content-Location`), else the first `text/html` part.
    var mainPartIndex: Int?
    /// Problems: a missing closing boundary, a header block cut short.
    var warnings: [ParseWarning]

    /// The page's HTML part.
    var mainPart: MHTMLPart? { mainPartIndex.map { parts[$0] } }

    /// The address the page was saved from: the main part's `Content-Location`, else the root's.
    var pageURL: String? {
        mainPart?.location ?? headers["snapshot-content-location"] ?? headers["content-location"]
    }

    static func withoutAngleBrackets(_ value: String) -> String {
        value.hasPrefix("<") && value.hasSuffix(">") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
    }

    /// Chooses the main part of `parts` for the root `headers`.
    static func mainPartIndex(_ parts: [MHTMLPart], headers: MIMEHeaders) -> Int? {
        let isHTML: (MHTMLPart) -> Bool = { $0.mediaType == "text/html" }
        if let start = headers.parameter("start", of: "content-type").map(withoutAngleBrackets),
            let index = parts.firstIndex(where: { $0.contentID == start && isHTML($0) })
        {
            return index
        }
        if let location = headers["snapshot-content-location"] ?? headers["content-location"],
            let index = parts.firstIndex(where: { $0.location == location && isHTML($0) })
        {
            return index
        }
        return parts.firstIndex(where: isHTML)
    }
}
