import Foundation

/// One HTTP/1.x request as read from a connection: the request line, the headers and the
/// whole body (a chunked body already decoded).
package struct HTTPRequest: Sendable {
    /// The method as sent (`POST`).
    package var method: String
    /// The request target as sent (`/v1alpha1/comments:analyze?key=K`).
    package var target: String
    /// The minor version of HTTP/1.x (0 or 1).
    package var minorVersion: Int
    /// The header fields in order, names lowercased, values trimmed of surrounding spaces.
    package var headers: [(name: String, value: String)]
    /// The body's bytes.
    package var body: [UInt8]

    /// Creates a request.
    package init(
        method: String, target: String, minorVersion: Int = 1, headers: [(name: String, value: String)] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
    }

    /// The value of the first header named `name` (lowercase), if any.
    package func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The target's path, percent-decoded (`/$discovery/rest`), or `nil` when its escapes are malformed.
    package var path: String? {
        let raw = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return Self.percentDecoded(raw, plusIsSpace: false)
    }

    /// The query parameters in order, percent-decoded; a malformed pair is skipped.
    package var query: [(name: String, value: String)] {
        guard let mark = target.firstIndex(of: "?") else { return [] }
        return target[target.index(after: mark)...].split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.percentDecoded(parts[0], plusIsSpace: true) else { return nil }
            let value = parts.count > 1 ? Self.percentDecoded(parts[1], plusIsSpace: true) : ""
            return value.map { (name, $0) }
        }
    }

    /// The value of the first query parameter named `name`, if any.
    package func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Whether the connection stays open after the response: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive`.
    package var keepAlive: Bool {
        let tokens = headers.filter { $0.name == "connection" }.flatMap {
            $0.value.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if tokens.contains("close") { return false }
        return minorVersion >= 1 || tokens.contains("keep-alive")
    }

    private static func percentDecoded(_ text: Substring, plusIsSpace: Bool) -> String? {
        var out: [UInt8] = []
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = bytes.next().flatMap(HexDigit.value), let low = bytes.next().flatMap(HexDigit.value)
                else {
                    return nil
                }
                out.append(high << 4 | low)
            case UInt8(ascii: "+") where plusIsSpace: out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        return String(validating: out, as: UTF8.self)
    }

}
