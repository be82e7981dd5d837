import Reports

/// The API discovery document of the local `commentanalyzer` service, version `v1alpha1`, so that
/// Google's API clients (`googleapiclient.discovery.build(..., discoveryServiceUrl=…)`) build their
/// `comments().analyze()` and `comments().suggestscore()` calls from it.
package enum DiscoveryDocument {
    /// The API version the document describes.
    package static let version = "v1alpha1"

    /// The document, with `rootUrl` the address the client reached us at (`http://HOST:PORT/`).
    package static func value(rootURL: String) -> JSONValue {
        .object([
            ("kind", .string("discovery#restDescription")),
            ("discoveryVersion", .string("v1")),
            ("id", .string("commentanalyzer:\(version)")),
            ("name", .string("commentanalyzer")),
            ("version", .string(version)),
            ("revision", .string("threadscan")),
            ("title", .string("threadscan comment analyzer (Perspective API compatible)")),
            (
                "description",
                .string(
                    "Scores comments for toxicity and related attributes with threadscan's lexicons, on the local machine."
                )
            ),
            ("protocol", .string("rest")),
            ("rootUrl", .string(rootURL)),
            ("servicePath", .string("")),
            ("baseUrl", .string(rootURL)),
            ("batchPath", .string("batch")),
            ("parameters", .object(parameters)),
            ("schemas", .object(schemas)),
            ("resources", .object([("comments", .object([("methods", .object(methods))]))])),
        ])
    }

    private static func queryParameter(_ description: String, type: String = "string", default value: String? = nil)
        -> JSONValue
    {
        var members: [(String, JSONValue)] = [
            ("type", .string(type)), ("location", .string("query")), ("description", .string(description)),
        ]
        if let value { members.append(("default", .string(value))) }
        return .object(members)
    }

    private static let parameters: [(String, JSONValue)] = [
        ("key", queryParameter("The API key, checked only when the server was started with --api-key.")),
        ("alt", queryParameter("The response format; only json is served.", default: "json")),
        ("fields", queryParameter("Accepted for compatibility; the whole response is always sent.")),
        ("prettyPrint", queryParameter("Accepted for compatibility; responses are compact.", type: "boolean")),
        ("quotaUser", queryParameter("Accepted for compatibility; there are no quotas.")),
    ]

    private static func method(_ name: String, request: String, response: String, description: String) -> JSONValue {
        .object([
            ("id", .string("commentanalyzer.comments.\(name)")),
            ("path", .string("\(version)/comments:\(name)")),
            ("flatPath", .string("\(version)/comments:\(name)")),
            ("httpMethod", .string("POST")),
            ("description", .string(description)),
            ("parameters", .object([])),
            ("parameterOrder", .array([])),
            ("request", .object([("$ref", .string(request))])),
            ("response", .object([("$ref", .string(response))])),
        ])
    }

    private static let methods: [(String, JSONValue)] = [
        (
            "analyze",
            method(
                "analyze", request: "AnalyzeCommentRequest", response: "AnalyzeCommentResponse",
                description: "Scores one comment on the requested attributes.")
        ),
        (
            "suggestscore",
            method(
                "suggestscore", request: "SuggestCommentScoreRequest", response: "SuggestCommentScoreResponse",
                description:
                    "Records the scores a reviewer says a comment should have had, as a labeled row of the --feedback file."
            )
        ),
    ]

    private static func schema(_ id: String, _ description: String, _ properties: [(String, JSONValue)]) -> (
        String, JSONValue
    ) {
        (
            id,
            .object([
                ("id", .string(id)), ("type", .string("object")), ("description", .string(description)),
                ("properties", .object(properties)),
            ])
        )
    }

    private static func property(_ type: String, _ description: String) -> JSONValue {
        .object([("type", .string(type)), ("description", .string(description))])
    }

    private static func reference(_ schema: String, _ description: String) -> JSONValue {
        .object([("$ref", .string(schema)), ("description", .string(description))])
    }

    private static func map(of schema: String, _ description: String) -> JSONValue {
        .object([
            ("type", .string("object")), ("description", .string(description)),
            ("additionalProperties", .object([("$ref", .string(schema))])),
        ])
    }

    private static func list(of item: JSONValue, _ description: String) -> JSONValue {
        .object([("type", .string("array")), ("description", .string(description)), ("items", item)])
    }

    private static let schemas: [(String, JSONValue)] = [
        schema(
            "TextEntry", "A piece of text and how it is written.",
            [
                ("text", property("string", "The text.")),
                ("type", property("string", "PLAIN_TEXT (the default) or HTML, whose visible text is scored.")),
            ]),
        schema(
            "Context", "The conversation around the comment.",
            [
                (
                    "entries",
                    list(of: .object([("$ref", .string("TextEntry"))]), "The texts replied to; the last is the parent.")
                )
            ]),
        schema(
            "AttributeParameters", "How one attribute is to be scored.",
            [
                ("scoreType", property("string", "PROBABILITY, the only type served.")),
                ("scoreThreshold", property("number", "Scores below it are left out of the response.")),
            ]),
        schema(
            "AnalyzeCommentRequest", "A comment to score.",
            [
                ("comment", reference("TextEntry", "The comment.")),
                ("context", reference("Context", "What the comment replies to.")),
                ("requestedAttributes", map(of: "AttributeParameters", "The attributes to score, by name.")),
                ("spanAnnotations", property("boolean", "Whether to score each sentence as well.")),
                (
                    "languages",
                    list(of: .object([("type", .string("string"))]), "The comment's languages; English only.")
                ),
                ("doNotStore", property("boolean", "Accepted; nothing is ever stored by analyze.")),
                ("clientToken", property("string", "Echoed in the response.")),
                ("sessionId", property("string", "Accepted and ignored.")),
                ("communityId", property("string", "Accepted and ignored.")),
            ]),
        schema(
            "Score", "A score and its type.",
            [("value", property("number", "A probability in [0, 1].")), ("type", property("string", "PROBABILITY."))]),
        schema(
            "SpanScore", "The score of one sentence.",
            [
                ("begin", property("integer", "The offset of its first character, in Unicode code points.")),
                ("end", property("integer", "The offset one past its last character.")),
                ("score", reference("Score", "Its score.")),
            ]),
        schema(
            "AttributeScores", "The scores of one attribute.",
            [
                ("summaryScore", reference("Score", "The score of the whole comment.")),
                (
                    "spanScores",
                    list(of: .object([("$ref", .string("SpanScore"))]), "Per-sentence scores, when asked for.")
                ),
            ]),
        schema(
            "AnalyzeCommentResponse", "The scores of a comment.",
            [
                ("attributeScores", map(of: "AttributeScores", "The scores, by attribute.")),
                ("languages", list(of: .object([("type", .string("string"))]), "The languages scored.")),
                ("clientToken", property("string", "The request's clientToken.")),
                ("threadscan", property("object", "threadscan's explanation, when THREADSCAN_EXPLAIN is requested.")),
            ]),
        schema(
            "SuggestCommentScoreRequest", "The scores a reviewer says a comment should have.",
            [
                ("comment", reference("TextEntry", "The comment.")),
                ("context", reference("Context", "What the comment replies to.")),
                ("attributeScores", map(of: "AttributeScores", "The suggested scores, by attribute.")),
                ("languages", list(of: .object([("type", .string("string"))]), "The comment's languages.")),
                ("communityId", property("string", "Kept in the feedback row.")),
                ("clientToken", property("string", "Echoed in the response and kept in the feedback row.")),
                ("sessionId", property("string", "Accepted and ignored.")),
            ]),
        schema(
            "SuggestCommentScoreResponse", "The acknowledgement of a suggestion.",
            [
                ("requestedLanguages", list(of: .object([("type", .string("string"))]), "The request's languages.")),
                ("clientToken", property("string", "The request's clientToken.")),
            ]),
    ]
}
