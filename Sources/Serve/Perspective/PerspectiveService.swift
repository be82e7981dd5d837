import Reports

/// The routes of `threadscan serve`: Perspective API's two methods, the discovery document and a
/// health check, with the API-key check and Google's error shape.
package struct PerspectiveService: Sendable {
    /// The path of the analyze method.
    package static let analyzePath = "/\(DiscoveryDocument.version)/comments:analyze"
    /// The path of the suggest-score method.
    package static let suggestPath = "/\(DiscoveryDocument.version)/comments:suggestscore"
    /// The discovery document's paths: Perspective's own and the Discovery service's.
    package static let discoveryPaths = ["/$discovery/rest", "/discovery/v1/apis/commentanalyzer/v1alpha1/rest"]
    /// The health check's path.
    package static let healthPath = "/healthz"

    let model: PerspectiveModel
    let apiKeys: Set<String>
    let feedback: FeedbackLog?
    /// `host:port` as bound, for the discovery document when a request has no `Host` header.
    let listenAddress: String

    /// Creates the service; with no `apiKeys` any key (or none) is accepted.
    package init(model: PerspectiveModel, apiKeys: [String], feedback: FeedbackLog?, listenAddress: String) {
        self.model = model
        self.apiKeys = Set(apiKeys)
        self.feedback = feedback
        self.listenAddress = listenAddress
    }

    /// The response to `request`.
    package func respond(_ request: HTTPRequest) -> HTTPResponse {
        do {
            return try route(request)
        } catch {
            return Self.errorResponse(error)
        }
    }

    /// An error in Google's JSON error shape.
    package static func errorResponse(_ error: PerspectiveError) -> HTTPResponse {
        .json(error.code, error.json.serialized())
    }

    /// The answer to a request the HTTP server rejects itself (malformed HTTP, a limit, a timeout).
    @Sendable package static func httpErrorResponse(_ code: Int, _ message: String) -> HTTPResponse {
        errorResponse(.http(code, message))
    }

    private func route(_ request: HTTPRequest) throws(PerspectiveError) -> HTTPResponse {
        guard let path = request.path else {
            throw .invalidArgument(PerspectiveError.Message.notFound(request.target))
        }
        switch path {
        case Self.healthPath:
            try require("GET", request, path)
            return .text(200, "ok\n")
        case _ where Self.discoveryPaths.contains(path):
            try require("GET", request, path)
            if let version = request.queryValue("version"), version != DiscoveryDocument.version {
                throw PerspectiveError(
                    code: 404, status: "NOT_FOUND",
                    message: PerspectiveError.Message.notFound("\(path)?version=\(version)"))
            }
            let host = request.header("host") ?? listenAddress
            return .json(200, DiscoveryDocument.value(rootURL: "http://\(host)/").serialized())
        case Self.analyzePath:
            try require("POST", request, path)
            try checkKey(request)
            let parsed = try AnalyzeCommentRequest(json: try json(request.body))
            let explain =
                request.header(PerspectiveModel.explainHeader).map { ["1", "true", "yes"].contains($0.lowercased()) }
                ?? false
            return .json(200, try model.analyze(parsed, explain: explain).serialized())
        case Self.suggestPath:
            try require("POST", request, path)
            try checkKey(request)
            return .json(200, try suggest(SuggestCommentScoreRequest(json: try json(request.body))).serialized())
        default:
            throw PerspectiveError(code: 404, status: "NOT_FOUND", message: PerspectiveError.Message.notFound(path))
        }
    }

    private func require(_ method: String, _ request: HTTPRequest, _ path: String) throws(PerspectiveError) {
        guard request.method == method else {
            throw PerspectiveError(
                code: 405, status: "INVALID_ARGUMENT",
                message: PerspectiveError.Message.wrongMethod(request.method, path, allowed: method))
        }
    }

    private func checkKey(_ request: HTTPRequest) throws(PerspectiveError) {
        guard !apiKeys.isEmpty else { return }
        let key = request.queryValue("key") ?? request.header("x-goog-api-key")
        guard let key, apiKeys.contains(key) else {
            throw PerspectiveError(code: 403, status: "PERMISSION_DENIED", message: PerspectiveError.Message.missingKey)
        }
    }

    private func json(_ body: [UInt8]) throws(PerspectiveError) -> JSONValue {
        do {
            return try JSONParser.parse(body)
        } catch {
            throw .invalidArgument(PerspectiveError.Message.notJSON(error.description))
        }
    }

    private func suggest(_ request: SuggestCommentScoreRequest) throws(PerspectiveError) -> JSONValue {
        guard let feedback else {
            throw PerspectiveError(
                code: 400, status: "FAILED_PRECONDITION", message: PerspectiveError.Message.noFeedbackFile)
        }
        guard let score = request.labelScore else {
            throw .invalidArgument(PerspectiveError.Message.noSuggestedScore)
        }
        let text = request.type == .html ? PerspectiveModel.visibleText(ofHTML: request.text) : request.text
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .invalidArgument(PerspectiveError.Message.emptyText, errorType: "COMMENT_EMPTY")
        }
        if let reason = feedback.append(
            text: text, label: score.value >= 0.5, attribute: score.attribute, value: score.value,
            community: request.communityId, clientToken: request.clientToken)
        {
            throw PerspectiveError(
                code: 500, status: "INTERNAL", message: PerspectiveError.Message.feedbackWriteFailed(reason))
        }
        var response: [(String, JSONValue)] = [
            ("requestedLanguages", .array((request.languages.isEmpty ? ["en"] : request.languages).map { .string($0) }))
        ]
        if let token = request.clientToken { response.append(("clientToken", .string(token))) }
        return .object(response)
    }
}
