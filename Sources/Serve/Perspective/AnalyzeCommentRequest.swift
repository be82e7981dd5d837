import Reports

/// A `comments:analyze` request in Perspective API's JSON shape, checked field by field.
package struct AnalyzeCommentRequest: Sendable {
    /// How `comment.text` is written.
    package enum TextType: String, Sendable {
        case plainText = "PLAIN_TEXT"
        case html = "HTML"
    }

    /// One entry of `requestedAttributes`.
    package struct RequestedAttribute: Sendable, Equatable {
        /// The attribute's name (`TOXICITY`).
        package var name: String
        /// Scores below it are left out of the response.
        package var threshold: Double?

        /// Creates a requested attribute.
        package init(name: String, threshold: Double? = nil) {
            self.name = name
            self.threshold = threshold
        }
    }

    /// `comment.text`.
    package var text: String
    /// `comment.type`.
    package var type: TextType
    /// The texts of `context.entries`, in order, an `HTML` entry as its visible text (the last is
    /// taken as the text replied to).
    package var context: [String]
    /// `requestedAttributes`, in request order.
    package var attributes: [RequestedAttribute]
    /// `spanAnnotations`: whether to score each sentence.
    package var spanAnnotations: Bool
    /// `languages`, as sent.
    package var languages: [String]
    /// `clientToken`, echoed in the response.
    package var clientToken: String?

    /// The top-level fields Perspective's `AnalyzeCommentRequest` has.
    static let fields: Set<String> = [
        "comment", "context", "requestedAttributes", "spanAnnotations", "languages", "doNotStore", "clientToken",
        "sessionId", "communityId",
    ]

    /// Creates a plain-text request.
    package init(
        text: String, context: [String] = [], attributes: [RequestedAttribute], spanAnnotations: Bool = false,
        languages: [String] = [], clientToken: String? = nil
    ) {
        self.text = text
        type = .plainText
        self.context = context
        self.attributes = attributes
        self.spanAnnotations = spanAnnotations
        self.languages = languages
        self.clientToken = clientToken
    }

    /// Reads `json`.
    /// - Throws: `PerspectiveError` (400 `INVALID_ARGUMENT`) naming the field that is wrong.
    package init(json: JSONValue) throws(PerspectiveError) {
        let members = try Self.object(json, "the request body", allowed: Self.fields)
        let comment = try Self.object(members["comment"] ?? .null, "comment", allowed: ["text", "type"])
        text = try Self.string(comment["text"], "comment.text") ?? ""
        let typeName = try Self.string(comment["type"], "comment.type") ?? TextType.plainText.rawValue
        guard let type = TextType(rawValue: typeName) else {
            throw .invalidArgument(PerspectiveError.Message.badTextType(typeName))
        }
        self.type = type
        context = []
        if let contextValue = members["context"] {
            let contextObject = try Self.object(
                contextValue, "context", allowed: ["entries", "articleAndParentComment"])
            for (index, entry) in try Self.array(contextObject["entries"], "context.entries").enumerated() {
                let fields = try Self.object(entry, "context.entries[\(index)]", allowed: ["text", "type"])
                let typeName = try Self.string(fields["type"], "context.entries[\(index)].type") ?? "PLAIN_TEXT"
                guard let entryType = TextType(rawValue: typeName) else {
                    throw .invalidArgument(PerspectiveError.Message.badTextType(typeName))
                }
                if var text = try Self.string(fields["text"], "context.entries[\(index)].text") {
                    if entryType == .html { text = PerspectiveModel.visibleText(ofHTML: text) }
                    if text.contains(where: { !$0.isWhitespace }) { context.append(text) }
                }
            }
        }
        attributes = []
        let requested = members["requestedAttributes"] ?? .object([])
        guard let attributeMembers = requested.members else {
            throw .invalidArgument(PerspectiveError.Message.wrongType("requestedAttributes", expected: "an object"))
        }
        for (name, options) in attributeMembers {
            let fields = try Self.object(
                options, "requestedAttributes.\(name)", allowed: ["scoreType", "scoreThreshold"])
            if let scoreType = try Self.string(fields["scoreType"], "requestedAttributes.\(name).scoreType"),
                scoreType != "PROBABILITY"
            {
                throw .invalidArgument(PerspectiveError.Message.badScoreType(scoreType, attribute: name))
            }
            var threshold: Double?
            if let value = fields["scoreThreshold"] {
                guard let number = value.numberValue, (0...1).contains(number) else {
                    throw .invalidArgument(PerspectiveError.Message.badThreshold(name))
                }
                threshold = number
            }
            attributes.append(RequestedAttribute(name: name, threshold: threshold))
        }
        spanAnnotations = try Self.bool(members["spanAnnotations"], "spanAnnotations") ?? false
        _ = try Self.bool(members["doNotStore"], "doNotStore")
        languages = try Self.array(members["languages"], "languages").enumerated().map {
            index, value throws(PerspectiveError) in
            guard let language = value.stringValue else {
                throw .invalidArgument(PerspectiveError.Message.wrongType("languages[\(index)]", expected: "a string"))
            }
            return language
        }
        clientToken = try Self.string(members["clientToken"], "clientToken")
        _ = try Self.string(members["sessionId"], "sessionId")
        _ = try Self.string(members["communityId"], "communityId")
    }

    /// The members of an object value, every key among `allowed`.
    static func object(_ value: JSONValue, _ field: String, allowed: Set<String>) throws(PerspectiveError)
        -> JSONValue
    {
        guard let members = value.members else {
            throw .invalidArgument(PerspectiveError.Message.wrongType(field, expected: "an object"))
        }
        if let unknown = members.first(where: { !allowed.contains($0.0) }) {
            throw .invalidArgument(
                PerspectiveError.Message.unknownField(field == "the request body" ? unknown.0 : "\(field).\(unknown.0)")
            )
        }
        return value
    }

    static func string(_ value: JSONValue?, _ field: String) throws(PerspectiveError) -> String? {
        guard let value, value != .null else { return nil }
        guard let string = value.stringValue else {
            throw .invalidArgument(PerspectiveError.Message.wrongType(field, expected: "a string"))
        }
        return string
    }

    static func bool(_ value: JSONValue?, _ field: String) throws(PerspectiveError) -> Bool? {
        guard let value, value != .null else { return nil }
        guard let bool = value.boolValue else {
            throw .invalidArgument(PerspectiveError.Message.wrongType(field, expected: "true or false"))
        }
        return bool
    }

    static func array(_ value: JSONValue?, _ field: String) throws(PerspectiveError) -> [JSONValue] {
        guard let value, value != .null else { return [] }
        guard let items = value.arrayValue else {
            throw .invalidArgument(PerspectiveError.Message.wrongType(field, expected: "an array"))
        }
        return items
    }
}
