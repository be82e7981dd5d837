import Foundation

/// A plain TCP connection to 127.0.0.1 for sending bytes exactly as a test writes them, well
/// formed or not, and reading what comes back. Every read waits at most `timeout` seconds.
final class RawHTTPConnection {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let descriptor: Int32

    init(port: Int, timeout: Double = 20) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(description: "cannot connect to port \(port): \(String(cString: strerror(errno)))")
        }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(descriptor)
    }

    /// Sends all of `bytes`; false when the server has closed the connection.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Sends `text` as UTF-8.
    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Closes the sending side, as a client that stops in the middle of a request does.
    func finishSending() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Reads until the server closes the connection or the timeout passes; `closed` tells which.
    func readToEnd() -> (bytes: [UInt8], closed: Bool) {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress!, $0.count, 0) }
            if count > 0 {
                out += buffer[0..<count]
            } else {
                return (out, count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
            }
        }
    }

    /// Reads one response (status line, headers, a `Content-Length` body); `nil` when the
    /// connection closes or times out first.
    func readResponse() -> (status: Int, headers: [String: String], body: String)? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let end = Self.headEnd(data) {
                let head = String(decoding: data[0..<end], as: UTF8.self)
                let lines = head.components(separatedBy: "\r\n")
                let status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
                var headers: [String: String] = [:]
                for line in lines.dropFirst() where !line.isEmpty {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    headers[parts[0].lowercased()] =
                        parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
                }
                if status == 100 {
                    data.removeFirst(end + 4)
                    continue
                }
                let length = Int(headers["content-length"] ?? "0") ?? 0
                if data.count >= end + 4 + length {
                    let body = String(decoding: data[(end + 4)..<(end + 4 + length)], as: UTF8.self)
                    pending = Array(data[(end + 4 + length)...])
                    return (status, headers, body)
                }
            }
            if !pending.isEmpty {
                data += pending
                pending = []
                continue
            }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress!, $0.count, 0) }
            guard count > 0 else { return nil }
            data += buffer[0..<count]
        }
    }

    /// Bytes after the last response read, for pipelined responses.
    private var pending: [UInt8] = []

    private static func headEnd(_ data: [UInt8]) -> Int? {
        guard data.count >= 4 else { return nil }
        for index in 0...(data.count - 4)
        where data[index] == 0x0D && data[index + 1] == 0x0A && data[index + 2] == 0x0D && data[index + 3] == 0x0A {
            return index
        }
        return nil
    }

    /// A POST of `json` to `path` with keep-alive.
    static func post(_ path: String, _ json: String, extraHeaders: String = "") -> String {
        "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\(extraHeaders)Content-Length: \(json.utf8.count)\r\n\r\n\(json)"
    }
}
