import Foundation
import Glibc

/// An HTTP/1.1 server on POSIX sockets: a worker thread per core, each serving its connections
/// with `poll`; keep-alive, pipelining, `Content-Length` and chunked bodies, size limits and
/// per-phase timeouts, and a graceful shutdown (requests in flight finish, idle connections close).
package final class HTTPServer: @unchecked Sendable {
    /// The messages of the server's own answers, named so that tests and docs quote the same text.
    package enum Message {
        static let tooManyConnections = "too many connections open; try again shortly"
        static let headTimeout = "the request line and headers did not arrive within the header timeout"
        static let bodyTimeout = "the request body did not arrive within the body timeout"
    }

    let configuration: ServerConfiguration
    let listener: ListeningSocket
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    let errorResponse: @Sendable (Int, String) -> HTTPResponse
    private let accessLog: (@Sendable (String) -> Void)?
    private let lock = NSLock()
    private var stopping = false
    private var openConnections = 0
    private var workers: [ServerWorker] = []

    /// Binds the listening socket.
    /// - Parameters:
    ///   - handler: answers one request; it runs on the worker threads, several at once.
    ///   - errorResponse: the answer to a request the server rejects itself (a status and a message).
    ///   - accessLog: receives one line per request, or `nil` for none.
    /// - Throws: `ServerError` when the address cannot be bound.
    package init(
        configuration: ServerConfiguration, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
        errorResponse: @escaping @Sendable (Int, String) -> HTTPResponse,
        accessLog: (@Sendable (String) -> Void)?
    ) throws(ServerError) {
        self.configuration = configuration
        self.handler = handler
        self.errorResponse = errorResponse
        self.accessLog = accessLog
        listener = try ListeningSocket(host: configuration.host, port: configuration.port)
        Self.raiseDescriptorLimit()
    }

    /// Raises the soft limit on open descriptors to the hard one, so that the connection limit,
    /// not the default of 1,024 descriptors, decides how many clients are served at once.
    private static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    deinit {
        close(listener.descriptor)
    }

    /// The port listened on (the free one picked when the configuration asked for 0).
    package var port: Int { listener.port }

    /// Serves until `shutdown()` has been called and the requests in flight have finished.
    package func run() {
        let count = max(1, configuration.workers)
        lock.lock()
        workers = (0..<count).map { _ in ServerWorker(server: self) }
        let started = workers
        let alreadyStopping = stopping
        lock.unlock()
        if alreadyStopping { return }
        let group = DispatchGroup()
        for worker in started {
            group.enter()
            let thread = Thread {
                worker.run()
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    /// Stops accepting connections and lets the workers finish; safe from any thread.
    package func shutdown() {
        lock.lock()
        stopping = true
        let current = workers
        lock.unlock()
        for worker in current { worker.wake() }
    }

    var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    /// Counts a new connection; false when the limit is reached (the connection is then refused).
    func connectionOpened() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard openConnections < configuration.maximumConnections else { return false }
        openConnections += 1
        return true
    }

    func connectionClosed() {
        lock.lock()
        openConnections -= 1
        lock.unlock()
    }

    /// Writes one access-log line: `peer "METHOD /path" status bytes milliseconds`.
    func log(peer: String, requestLine: String, status: Int, bytes: Int, seconds: Double) {
        guard let accessLog else { return }
        let milliseconds = (seconds * 10_000).rounded() / 10
        accessLog("\(peer) \"\(requestLine)\" \(status) \(bytes) \(milliseconds)ms\n")
    }
}
