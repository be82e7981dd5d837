import Foundation

/// A JSON document that one threadscan command wrote and another reads back (`lexicon eval
/// --baseline` reads an eval, `lexicon case add --report` a scan report): the file read, its top
/// level an object, its `schema` the expected one, and every complaint naming the file and the
/// command whose output was expected.
struct SavedJSONDocument {
    /// The file.
    let path: String
    /// The top-level object.
    let root: [String: Any]
    /// What the file should have been, for the messages: `the output of '…' (schema)`.
    private let expected: String
    /// What the file is to the command (`a baseline`), named in each complaint; `nil` names none.
    private let role: String?

    /// Reads `path` as the output of `command` with `schema`.
    /// - Throws: `CommandFailure` when the file cannot be read, is not one JSON object, or has
    ///   another schema; `notAnObject` says what to do instead in the second case.
    init(path: String, schema: String, writtenBy command: String, role: String? = nil, notAnObject: String? = nil)
        throws
    {
        self.path = path
        self.expected = "expected the output of '\(command)' (\(schema))"
        self.role = role
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): cannot read the file")
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            self.root = [:]
            throw failure(notAnObject ?? "not a JSON object")
        }
        self.root = root
        guard root["schema"] as? String == schema else {
            throw failure("schema is \(root["schema"].map { "'\($0)'" } ?? "missing")")
        }
    }

    /// The complaint that the document is not what was expected, because of `what`.
    func failure(_ what: String) -> CommandFailure {
        CommandFailure(message: "\(path): \(role.map { "not \($0): " } ?? "")\(what); \(expected)")
    }
}
