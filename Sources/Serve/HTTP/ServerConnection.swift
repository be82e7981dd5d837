import Glibc

/// One client connection of a worker: its reader, its pending output, and the deadline of the
/// phase it is in.
final class ServerConnection {
    /// What the connection is waiting for; each phase has its own timeout.
    enum Phase {
        /// Kept alive between requests.
        case idle
        /// Part of a request line or headers has arrived.
        case head
        /// The headers are in; the body is awaited.
        case body
        /// A response is being written.
        case writing
        /// The last response is written and the write side shut; unread input is drained until the
        /// client closes, so that it reads the response instead of a reset.
        case lingering
    }

    let descriptor: Int32
    let peer: String
    var reader: HTTPRequestReader
    var output: [UInt8] = []
    var outputOffset = 0
    /// Whether to stop after the output is written (an error, `Connection: close`, a shutdown).
    var closeAfterWrite = false
    var phase = Phase.idle
    var deadline: Double
    /// When the current request's first byte arrived, for the access log.
    var requestStarted: Double

    init(descriptor: Int32, peer: String, limits: HTTPRequestReader.Limits, now: Double, idleTimeout: Double) {
        self.descriptor = descriptor
        self.peer = peer
        reader = HTTPRequestReader(limits: limits)
        deadline = now + idleTimeout
        requestStarted = now
    }

    var hasOutput: Bool { outputOffset < output.count }

    /// Queues bytes to send.
    func queue(_ bytes: [UInt8]) {
        if outputOffset == output.count {
            output.removeAll(keepingCapacity: true)
            outputOffset = 0
        }
        output += bytes
    }

    /// Writes as much pending output as the socket takes; returns false when the peer is gone.
    func flush() -> Bool {
        while outputOffset < output.count {
            let written = output.withUnsafeBytes { buffer in
                send(descriptor, buffer.baseAddress! + outputOffset, buffer.count - outputOffset, Int32(MSG_NOSIGNAL))
            }
            if written > 0 {
                outputOffset += written
            } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                return true
            } else {
                return false
            }
        }
        return true
    }

    /// Moves to the phase the connection's state implies, starting that phase's timeout when it changes.
    func updatePhase(now: Double, configuration: ServerConfiguration) {
        let next: Phase
        if phase == .lingering {
            return
        } else if hasOutput {
            next = .writing
        } else if reader.isIdle {
            next = .idle
        } else {
            next = reader.isReadingBody ? .body : .head
        }
        guard next != phase else { return }
        phase = next
        deadline =
            now
            + {
                switch next {
                case .idle: configuration.idleTimeout
                case .head: configuration.headerTimeout
                case .body, .writing: configuration.bodyTimeout
                case .lingering: Self.lingerSeconds
                }
            }()
    }

    /// Shuts the write side and starts draining input for a short while.
    func linger(now: Double) {
        shutdown(descriptor, Int32(SHUT_WR))
        phase = .lingering
        deadline = now + Self.lingerSeconds
    }

    /// How long a closing connection's unread input is drained.
    static let lingerSeconds = 1.0
}
