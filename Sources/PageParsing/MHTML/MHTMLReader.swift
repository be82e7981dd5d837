import Foundation

/// Finds the HTML of a page saved as one MHTML file ("single file"): the first `text/html` part
/// of the multipart message, with its transfer encoding (quoted-printable or base64) undone.
enum MHTMLReader {
    /// The HTML part's bytes and its declared charset, or `nil` when there is no HTML part.
    static func htmlPart(_ bytes: [UInt8]) -> (html: [UInt8], charset: String?)? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let boundary = headerParameter(in: text, header: "content-type", parameter: "boundary") else {
            return nil
        }
        let delimiter = "--" + boundary
        let parts = text.components(separatedBy: delimiter).dropFirst()
        for part in parts {
            let headerEnd = part.range(of: "\r\n\r\n") ?? part.range(of: "\n\n")
            guard let headerEnd else { continue }
            let headers = String(part[..<headerEnd.lowerBound])
            guard let type = headerValue(in: headers, header: "content-type"), type.lowercased().hasPrefix("text/html")
            else {
                continue
            }
            let body = String(part[headerEnd.upperBound...])
            let encoding = headerValue(in: headers, header: "content-transfer-encoding")?.lowercased() ?? "8bit"
            let charset = headerParameter(in: headers, header: "content-type", parameter: "charset")
            switch encoding {
            case "quoted-printable":
                return (QuotedPrintable.decode(Array(body.utf8)), charset)
            case "base64":
                let cleaned = body.filter { !$0.isWhitespace }
                guard let data = Data(base64Encoded: cleaned) else { return ([], charset) }
                return ([UInt8](data), charset)
            default:
                return (Array(body.utf8), charset)
            }
        }
        return nil
    }

    /// The value of `header` in a block of MIME headers (folded lines joined).
    static func headerValue(in headers: String, header: String) -> String? {
        var unfolded: [String] = []
        for line in headers.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            if let first = line.first, first == " " || first == "\t", !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                unfolded.append(String(line))
            }
        }
        for line in unfolded {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == header {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// A parameter of a header (`boundary` of `Content-Type`), quotes removed.
    static func headerParameter(in headers: String, header: String, parameter: String) -> String? {
        guard let value = headerValue(in: headers, header: header) else { return nil }
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == parameter else {
                continue
            }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
