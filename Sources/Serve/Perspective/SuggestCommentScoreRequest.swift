import Reports

/// A `comments:suggestscore` request in Perspective API's JSON shape: a comment and the scores a
/// reviewer says it should have had.
package struct SuggestCommentScoreRequest: Sendable {
    /// `comment.text`.
    package var text: String
    /// `comment.type`.
    package var type: AnalyzeCommentRequest.TextType
    /// The suggested summary scores, by attribute, in request order.
    package var scores: [(attribute: String, value: Double)]
    /// `languages`, as sent.
    package var languages: [String]
    /// `communityId`, kept in the feedback row.
    package var communityId: String?
    /// `clientToken`, echoed in the response and kept in the feedback row.
    package var clientToken: String?

    /// The top-level fields Perspective's `SuggestCommentScoreRequest` has.
    static let fields: Set<String> = [
        "comment", "context", "attributeScores", "languages", "communityId", "clientToken", "sessionId",
    ]

    /// Reads `json`.
    /// - Throws: `PerspectiveError` (400 `INVALID_ARGUMENT`) naming the field that is wrong.
    package init(json: JSONValue) throws(PerspectiveError) {
        typealias Fields = AnalyzeCommentRequest
        let members = try Fields.object(json, "the request body", allowed: Self.fields)
        let comment = try Fields.object(members["comment"] ?? .null, "comment", allowed: ["text", "type"])
        text = try Fields.string(comment["text"], "comment.text") ?? ""
        let typeName = try Fields.string(comment["type"], "comment.type") ?? "PLAIN_TEXT"
        guard let type = AnalyzeCommentRequest.TextType(rawValue: typeName) else {
            throw .invalidArgument(PerspectiveError.Message.badTextType(typeName))
        }
        self.type = type
        scores = []
        let attributeScores = members["attributeScores"] ?? .object([])
        guard let attributeMembers = attributeScores.members else {
            throw .invalidArgument(PerspectiveError.Message.wrongType("attributeScores", expected: "an object"))
        }
        for (name, score) in attributeMembers {
            let fields = try Fields.object(score, "attributeScores.\(name)", allowed: ["summaryScore", "spanScores"])
            guard let summary = fields["summaryScore"] else { continue }
            let summaryFields = try Fields.object(
                summary, "attributeScores.\(name).summaryScore", allowed: ["value", "type"])
            guard let value = summaryFields["value"]?.numberValue, (0...1).contains(value) else {
                throw .invalidArgument(
                    PerspectiveError.Message.wrongType(
                        "attributeScores.\(name).summaryScore.value", expected: "a number in [0, 1]"))
            }
            scores.append((name, value))
        }
        languages = try Fields.array(members["languages"], "languages").compactMap(\.stringValue)
        communityId = try Fields.string(members["communityId"], "communityId")
        clientToken = try Fields.string(members["clientToken"], "clientToken")
        _ = try Fields.string(members["sessionId"], "sessionId")
    }

    /// The score the feedback row is labeled by: `TOXICITY` when suggested, else the first.
    package var labelScore: (attribute: String, value: Double)? {
        scores.first { $0.attribute == "TOXICITY" } ?? scores.first
    }
}
