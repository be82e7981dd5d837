import Reports

/// An error answered in Google's JSON error shape,
/// `{"error":{"code":400,"message":"…","status":"INVALID_ARGUMENT","details":[…]}}`, with the
/// status codes Perspective API uses.
package struct PerspectiveError: Error, Equatable, Sendable {
    /// The HTTP status code (400, 403, 404, 405, 413, …).
    package var code: Int
    /// Google's status name (`INVALID_ARGUMENT`, `PERMISSION_DENIED`, `NOT_FOUND`).
    package var status: String
    /// What was wrong and what to send instead.
    package var message: String
    /// Perspective's error type (`COMMENT_EMPTY`, `COMMENT_TOO_LONG`,
    /// `LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE`), given in `details` when there is one.
    package var errorType: String?

    /// Creates an error.
    package init(code: Int, status: String, message: String, errorType: String? = nil) {
        self.code = code
        self.status = status
        self.message = message
        self.errorType = errorType
    }

    /// A 400 `INVALID_ARGUMENT`.
    package static func invalidArgument(_ message: String, errorType: String? = nil) -> PerspectiveError {
        PerspectiveError(code: 400, status: "INVALID_ARGUMENT", message: message, errorType: errorType)
    }

    /// The error for a status the HTTP server answers itself (malformed HTTP, a limit, a timeout).
    package static func http(_ code: Int, _ message: String) -> PerspectiveError {
        let status =
            switch code {
            case 408: "DEADLINE_EXCEEDED"
            case 413, 431: "RESOURCE_EXHAUSTED"
            case 503: "UNAVAILABLE"
            case 501, 505: "UNIMPLEMENTED"
            case 417: "FAILED_PRECONDITION"
            default: "INVALID_ARGUMENT"
            }
        return PerspectiveError(code: code, status: status, message: message)
    }

    /// The JSON body.
    package var json: JSONValue {
        var error: [(String, JSONValue)] = [
            ("code", .int(code)), ("message", .string(message)), ("status", .string(status)),
        ]
        if let errorType {
            error.append(
                (
                    "details",
                    .array([
                        .object([
                            ("@type", .string("type.googleapis.com/google.commentanalyzer.v1alpha1.Error")),
                            ("errorType", .string(errorType)),
                        ])
                    ])
                ))
        }
        return .object([("error", .object(error))])
    }

    /// The error messages, named so that tests and docs quote the same text.
    package enum Message {
        static let missingKey =
            "The request is missing a valid API key: pass one of the server's --api-key values as ?key= or the X-Goog-Api-Key header."
        static let emptyText = "comment.text is empty: there is nothing to score."
        static let noAttributes =
            "requestedAttributes is empty: name at least one attribute, such as {\"TOXICITY\": {}}."
        static func notJSON(_ detail: String) -> String { "The request body is not valid JSON: \(detail)." }
        static func tooLong(_ bytes: Int, limit: Int) -> String {
            "comment.text is \(bytes) bytes long; the limit is \(limit) bytes (--max-text-bytes)."
        }
        static func unknownAttribute(_ name: String, known: [String]) -> String {
            "Attribute \(name) is not computed by threadscan; requestedAttributes may name \(known.joined(separator: ", ")) (and \(PerspectiveModel.explainAttribute))."
        }
        static func unsupportedLanguages(_ languages: [String], attribute: String) -> String {
            "Attribute \(attribute) is scored in English only; the request asks for: \(languages.joined(separator: ", "))."
        }
        static func wrongType(_ field: String, expected: String) -> String { "\(field) should be \(expected)." }
        static func unknownField(_ field: String) -> String {
            "Unknown field \"\(field)\" in the request: check its spelling against the Perspective API reference."
        }
        static func badScoreType(_ type: String, attribute: String) -> String {
            "requestedAttributes.\(attribute).scoreType '\(type)' is not supported: only PROBABILITY is."
        }
        static func badThreshold(_ attribute: String) -> String {
            "requestedAttributes.\(attribute).scoreThreshold should be a number in [0, 1]."
        }
        static func badTextType(_ type: String) -> String {
            "comment.type '\(type)' is not supported: send PLAIN_TEXT or HTML."
        }
        static func notFound(_ path: String) -> String {
            "No method at \(path): threadscan serves POST /v1alpha1/comments:analyze, POST /v1alpha1/comments:suggestscore, GET /$discovery/rest?version=v1alpha1 and GET /healthz."
        }
        static func wrongMethod(_ method: String, _ path: String, allowed: String) -> String {
            "\(path) takes \(allowed), not \(method)."
        }
        static let noFeedbackFile = "comments:suggestscore needs the server to be started with --feedback FILE."
        static let noSuggestedScore =
            "attributeScores should hold at least one attribute with summaryScore.value in [0, 1]."
        static func feedbackWriteFailed(_ reason: String) -> String {
            "Could not append to the feedback file: \(reason)."
        }
    }
}
