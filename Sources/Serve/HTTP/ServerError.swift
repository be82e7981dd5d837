/// Why the server could not start listening.
package enum ServerError: Error, CustomStringConvertible, Sendable {
    /// `--host` is not an address this machine can bind.
    case badAddress(host: String, reason: String)
    /// A system call failed while setting up the socket (`bind`: address already in use).
    case socket(call: String, host: String, port: Int, reason: String)

    /// An actionable message.
    package var description: String {
        switch self {
        case .badAddress(let host, let reason):
            "cannot listen on '\(host)': \(reason); give a numeric address such as 127.0.0.1 or ::1"
        case .socket(let call, let host, let port, let reason):
            "cannot listen on \(host):\(port): \(call) failed: \(reason)"
                + (reason.contains("in use") ? "; choose another --port, or --port 0 for a free one" : "")
        }
    }
}
