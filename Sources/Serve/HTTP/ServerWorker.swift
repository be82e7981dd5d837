import Glibc

/// One worker thread: accepts connections from the shared listening socket and serves them with
/// `poll`, so that a slow client holds only its own connection, never the worker.
final class ServerWorker: @unchecked Sendable {
    private let server: HTTPServer
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private var connections: [ServerConnection] = []
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// When accepting failed for want of descriptors, the listener is left alone until then, so
    /// that a full descriptor table does not spin the worker.
    private var acceptPausedUntil = 0.0

    init(server: HTTPServer) {
        self.server = server
        var ends: [Int32] = [0, 0]
        pipe(&ends)
        for end in ends { ServerWorker.makeNonBlocking(end) }
        wakeRead = ends[0]
        wakeWrite = ends[1]
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Wakes the worker from `poll` (to see a shutdown); safe from any thread.
    func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private var configuration: ServerConfiguration { server.configuration }

    /// Sets `O_NONBLOCK` and `FD_CLOEXEC` on a descriptor.
    static func makeNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    /// Serves until a shutdown has been asked for and every connection has finished.
    func run() {
        var descriptors: [pollfd] = []
        while true {
            let stopping = server.isStopping
            let listening = !stopping && MonotonicClock.now >= acceptPausedUntil
            if stopping { closeIdleConnections() }
            if stopping && connections.isEmpty { return }
            descriptors.removeAll(keepingCapacity: true)
            descriptors.append(pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0))
            if listening {
                descriptors.append(pollfd(fd: server.listener.descriptor, events: Int16(POLLIN), revents: 0))
            }
            let first = descriptors.count
            for connection in connections {
                let events = connection.hasOutput ? POLLOUT : POLLIN
                descriptors.append(pollfd(fd: connection.descriptor, events: Int16(events), revents: 0))
            }
            let now = MonotonicClock.now
            var nearest = connections.map(\.deadline).min() ?? now + 1
            if !stopping && !listening { nearest = min(nearest, acceptPausedUntil) }
            let timeout = Int32(max(0, min(1000, ((nearest - now) * 1000).rounded(.up))))
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready < 0 && errno != EINTR { return }
            if descriptors[0].revents != 0 { drainWake() }
            let current = connections
            var closed = Set<Int32>()
            for (offset, connection) in current.enumerated() {
                let events = descriptors[first + offset].revents
                if events != 0 && !service(connection, events: events) { closed.insert(connection.descriptor) }
            }
            let later = MonotonicClock.now
            for connection in current where !closed.contains(connection.descriptor) && connection.deadline <= later {
                if expire(connection, now: later) { closed.insert(connection.descriptor) }
            }
            if !closed.isEmpty {
                connections.removeAll { connection in
                    guard closed.contains(connection.descriptor) else { return false }
                    close(connection.descriptor)
                    server.connectionClosed()
                    return true
                }
            }
            if listening && descriptors[1].revents != 0 { acceptAll() }
        }
    }

    private func drainWake() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &bytes, bytes.count) > 0 {}
    }

    /// At shutdown: connections between requests close now; the others finish their request.
    private func closeIdleConnections() {
        connections.removeAll { connection in
            guard connection.phase == .idle && !connection.hasOutput else { return false }
            close(connection.descriptor)
            server.connectionClosed()
            return true
        }
    }

    private func acceptAll() {
        while true {
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let descriptor = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    accept(server.listener.descriptor, $0, &length)
                }
            }
            guard descriptor >= 0 else {
                if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM {
                    acceptPausedUntil = MonotonicClock.now + 0.1
                }
                return
            }
            Self.makeNonBlocking(descriptor)
            var one: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let peer = ListeningSocket.host(of: address)
            guard server.connectionOpened() else {
                let refusal = server.errorResponse(503, HTTPServer.Message.tooManyConnections).serialized(close: true)
                _ = refusal.withUnsafeBytes { send(descriptor, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
                server.log(peer: peer, requestLine: "-", status: 503, bytes: refusal.count, seconds: 0)
                close(descriptor)
                continue
            }
            connections.append(
                ServerConnection(
                    descriptor: descriptor, peer: peer, limits: configuration.limits, now: MonotonicClock.now,
                    idleTimeout: configuration.idleTimeout))
        }
    }

    /// Handles readiness of `connection`; returns false when it is to be closed.
    private func service(_ connection: ServerConnection, events: Int16) -> Bool {
        if connection.hasOutput {
            guard events & Int16(POLLOUT | POLLERR | POLLHUP) != 0 else { return true }
            guard connection.flush() else { return false }
            if connection.hasOutput || connection.closeAfterWrite { return settle(connection) }
            return process(connection)
        }
        if connection.phase == .lingering {
            return readBytes(connection) != 0
        }
        let wasIdle = connection.reader.isIdle
        let count = readBytes(connection)
        if count == 0 { return false }
        if count < 0 { return true }
        if wasIdle { connection.requestStarted = MonotonicClock.now }
        return process(connection)
    }

    /// Reads what the socket has into the connection's reader (discarding it when lingering):
    /// the byte count, 0 at end of stream or error, -1 when nothing was ready.
    private func readBytes(_ connection: ServerConnection) -> Int {
        let count = readBuffer.withUnsafeMutableBytes { recv(connection.descriptor, $0.baseAddress!, $0.count, 0) }
        if count < 0 { return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? -1 : 0 }
        if count > 0 && connection.phase != .lingering {
            readBuffer.withUnsafeBufferPointer {
                connection.reader.append(UnsafeBufferPointer(rebasing: $0[0..<count]))
            }
        }
        return count
    }

    /// Answers the complete requests buffered one by one, writing each response before reading
    /// the next request (so that a client that does not read cannot pile up output); returns false
    /// when the connection is to be closed.
    private func process(_ connection: ServerConnection) -> Bool {
        while true {
            guard connection.flush() else { return false }
            if connection.hasOutput || connection.closeAfterWrite { break }
            let request: HTTPRequest?
            do {
                request = try connection.reader.next()
            } catch {
                let response = server.errorResponse(error.status, error.description)
                respond(connection, response, requestLine: "-", close: true)
                continue
            }
            guard let request else {
                if connection.reader.continueRequested {
                    connection.reader.continueRequested = false
                    connection.queue(HTTPResponse.continueBytes)
                    guard connection.flush() else { return false }
                }
                break
            }
            let response = server.handler(request)
            let path = request.target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.target
            respond(
                connection, response, requestLine: "\(request.method) \(path)",
                close: !request.keepAlive || server.isStopping)
            connection.requestStarted = MonotonicClock.now
        }
        return settle(connection)
    }

    /// Sets the connection's phase after output was written as far as the socket took it:
    /// still writing, lingering before the close, or waiting for the next request.
    private func settle(_ connection: ServerConnection) -> Bool {
        let now = MonotonicClock.now
        if !connection.hasOutput && connection.closeAfterWrite {
            if connection.phase != .lingering { connection.linger(now: now) }
            return true
        }
        connection.updatePhase(now: now, configuration: configuration)
        return true
    }

    private func respond(_ connection: ServerConnection, _ response: HTTPResponse, requestLine: String, close: Bool) {
        connection.queue(response.serialized(close: close))
        connection.phase = .writing
        connection.deadline = MonotonicClock.now + configuration.bodyTimeout
        if close { connection.closeAfterWrite = true }
        server.log(
            peer: connection.peer, requestLine: requestLine, status: response.status, bytes: response.body.count,
            seconds: MonotonicClock.now - connection.requestStarted)
    }

    /// Handles a passed deadline; returns true when the connection is to be closed now.
    private func expire(_ connection: ServerConnection, now: Double) -> Bool {
        switch connection.phase {
        case .idle, .writing, .lingering:
            return true
        case .head, .body:
            let message = connection.phase == .head ? HTTPServer.Message.headTimeout : HTTPServer.Message.bodyTimeout
            respond(connection, server.errorResponse(408, message), requestLine: "-", close: true)
            guard connection.flush(), !connection.hasOutput else { return true }
            connection.linger(now: now)
            return false
        }
    }
}
