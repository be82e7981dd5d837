/// Where an `HTTPServer` listens and the limits it holds every client to.
package struct ServerConfiguration: Sendable {
    /// The address to bind (`127.0.0.1`, `::1`, `0.0.0.0`).
    package var host = "127.0.0.1"
    /// The port to bind; 0 picks a free one (the startup line says which).
    package var port = 8080
    /// How many worker threads serve connections (default: one per core).
    package var workers = 1
    /// The size limits of a request.
    package var limits = HTTPRequestReader.Limits(headBytes: 16 * 1024, bodyBytes: 1024 * 1024)
    /// Seconds a client may take to send a request's line and headers, from its first byte.
    package var headerTimeout = 10.0
    /// Seconds a client may take to send a request's body once its headers are in, and to read a response.
    package var bodyTimeout = 30.0
    /// Seconds a kept-alive connection may stay idle between requests.
    package var idleTimeout = 60.0
    /// The most connections open at once; a connection beyond it is answered 503 and closed.
    package var maximumConnections = 1024

    /// Creates the default configuration.
    package init() {}
}
