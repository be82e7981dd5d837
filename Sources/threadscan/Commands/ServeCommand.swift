import Foundation
import ThreadScan

/// `threadscan serve`: a local drop-in for Perspective API's `comments:analyze`.
enum ServeCommand {
    static let command = Command(
        name: "serve",
        abstract: "Answer Perspective API requests (comments:analyze) over HTTP on this machine.",
        discussion: """
            An HTTP/1.1 server answering POST /v1alpha1/comments:analyze and
            /v1alpha1/comments:suggestscore in Perspective API's JSON shape, the discovery document at
            GET /$discovery/rest?version=v1alpha1 and GET /healthz. It listens on loopback unless
            --host says otherwise; --port 0 picks a free port. The startup line on standard error says
            where it listens; one access-log line per request follows unless --quiet. SIGTERM or
            SIGINT stops it once the requests in flight are answered.
            """,
        options: [
            .value("host", valueName: "address", help: "The numeric address to listen on.", defaultValue: "127.0.0.1"),
            .value(
                "port", valueName: "port", help: "The port to listen on (0 picks a free one).",
                kind: .integer(0...65535), defaultValue: "8080"),
            LexiconOption.spec,
            .value(
                "api-key", valueName: "key",
                help: "Accept only requests with this key (repeatable); without it any key.",
                repeatable: true),
            .value(
                "feedback", valueName: "file",
                help: "Append each comments:suggestscore as a labeled TSV row to this file.", kind: .file),
            .flag("quiet", help: "No access log on standard error."),
            .value("workers", valueName: "n", help: "Worker threads (default: one per core).", kind: .integer(1...256)),
            .value(
                "max-body-bytes", valueName: "n", help: "The largest request body.", kind: .integer(1...(1 << 30)),
                defaultValue: "1048576"),
            .value(
                "max-header-bytes", valueName: "n", help: "The largest request line and headers.",
                kind: .integer(256...(1 << 24)), defaultValue: "16384"),
            .value(
                "max-text-bytes", valueName: "n", help: "The longest comment.text, as Perspective.",
                kind: .integer(1...(1 << 30)), defaultValue: "20480"),
            .value(
                "max-connections", valueName: "n", help: "Connections open at once; more get 503.",
                kind: .integer(1...1_000_000), defaultValue: "1024"),
            .value(
                "header-timeout", valueName: "seconds", help: "Time to send a request's headers.",
                kind: .number(0.001...86_400), defaultValue: "10"),
            .value(
                "body-timeout", valueName: "seconds", help: "Time to send a body or read a response.",
                kind: .number(0.001...86_400), defaultValue: "30"),
            .value(
                "idle-timeout", valueName: "seconds", help: "Time a kept-alive connection may idle.",
                kind: .number(0.001...86_400), defaultValue: "60"),
        ],
        run: { arguments, terminal in try run(arguments, terminal) }
    )

    private static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError(message: "serve takes no file arguments") }
        var configuration = ServerConfiguration()
        configuration.workers = ProcessInfo.processInfo.activeProcessorCount
        configuration.host = arguments.value("host") ?? configuration.host
        configuration.port = try integer(arguments, "port", default: configuration.port, range: 0...65535)
        configuration.workers = try integer(arguments, "workers", default: configuration.workers, range: 1...256)
        configuration.limits.bodyBytes = try integer(
            arguments, "max-body-bytes", default: configuration.limits.bodyBytes, range: 1...(1 << 30))
        configuration.limits.headBytes = try integer(
            arguments, "max-header-bytes", default: configuration.limits.headBytes, range: 256...(1 << 24))
        configuration.maximumConnections = try integer(
            arguments, "max-connections", default: configuration.maximumConnections, range: 1...1_000_000)
        configuration.headerTimeout = try seconds(arguments, "header-timeout", default: configuration.headerTimeout)
        configuration.bodyTimeout = try seconds(arguments, "body-timeout", default: configuration.bodyTimeout)
        configuration.idleTimeout = try seconds(arguments, "idle-timeout", default: configuration.idleTimeout)
        let maximumText = try integer(
            arguments, "max-text-bytes", default: PerspectiveModel.defaultMaximumTextBytes, range: 1...(1 << 30))
        let bundle = try LexiconOption.bundle(arguments, for: [.analysis])
        let model: PerspectiveModel
        do throws(LexiconError) {
            model = try PerspectiveModel(bundle: bundle, maximumTextBytes: maximumText)
        } catch {
            throw CommandFailure(
                message:
                    "\(error.description) (serve reads \(PerspectiveAttributeMap.fileName) and \(Calibration.fileName) from the lexicons; a replacing --lexicons DIR must hold them, +DIR adds to the built-in ones)"
            )
        }
        let feedback: FeedbackLog?
        do throws(FeedbackLogError) {
            feedback = try arguments.value("feedback").map { path throws(FeedbackLogError) in
                try FeedbackLog(path: path)
            }
        } catch {
            throw CommandFailure(message: error.description)
        }
        let quiet = arguments.flag("quiet")
        let holder = ServiceHolder()
        let server: HTTPServer
        do throws(ServerError) {
            server = try HTTPServer(
                configuration: configuration,
                handler: { (request: HTTPRequest) -> HTTPResponse in holder.respond(request) },
                errorResponse: PerspectiveService.httpErrorResponse, accessLog: quiet ? nil : accessLog)
        } catch {
            throw CommandFailure(message: error.description)
        }
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        holder.service = PerspectiveService(
            model: model, apiKeys: arguments.values["api-key"] ?? [], feedback: feedback,
            listenAddress: "\(host):\(server.port)")
        let signals = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                _ = OutputDescriptor.writeAll(Array(stoppingLine.utf8), to: STDERR_FILENO)
                server.shutdown()
            }
            source.resume()
            return source
        }
        terminal.error(
            "threadscan serve: listening on http://\(host):\(server.port) (\(configuration.workers) workers; POST \(PerspectiveService.analyzePath))\n"
        )
        server.run()
        signals.forEach { $0.cancel() }
        terminal.error("threadscan serve: stopped\n")
        return ExitCode.success
    }

    private static let stoppingLine = "threadscan serve: stopping; answering the requests in flight\n"

    /// The service, set once the server has bound its port (the discovery document names it).
    private final class ServiceHolder: @unchecked Sendable {
        var service: PerspectiveService?

        func respond(_ request: HTTPRequest) -> HTTPResponse {
            service!.respond(request)
        }
    }

    /// Writes an access-log line to standard error in one write, from any worker thread.
    @Sendable private static func accessLog(_ line: String) {
        _ = OutputDescriptor.writeAll(Array(line.utf8), to: STDERR_FILENO)
    }

    private static func integer(
        _ arguments: ParsedArguments, _ name: String, default value: Int, range: ClosedRange<Int>
    )
        throws -> Int
    {
        guard let text = arguments.value(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                message:
                    "--\(name) expects a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return number
    }

    private static func seconds(_ arguments: ParsedArguments, _ name: String, default value: Double) throws -> Double {
        guard let text = arguments.value(name) else { return value }
        guard let number = Double(text), number > 0, number <= 86400 else {
            throw UsageError(message: "--\(name) expects a number of seconds above 0, got '\(text)'")
        }
        return number
    }
}
